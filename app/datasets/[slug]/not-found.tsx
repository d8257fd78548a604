import Link from "next/link";

// An address naming a dataset Aidflow does not hold (a mistyped slug, or a dataset removed since).
export default function DatasetNotFound() {
  return (
    <div className="page">
      <h1>No such dataset</h1>
      <p className="lede">Aidflow holds no dataset at this address. It may have been renamed or removed.</p>
      <p>
        <Link className="button primary" href="/datasets">
          See every dataset
        </Link>
      </p>
    </div>
  );
}
