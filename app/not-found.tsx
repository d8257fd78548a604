import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page">
      <h1>Not found</h1>
      <p className="lede">
        There is nothing at this address. The figure or page may have been renamed, or the link may be incomplete.
      </p>
      <p>
        <Link href="/">Back to the overview</Link> · <Link href="/figures">Explore all figures</Link>
      </p>
    </div>
  );
}
