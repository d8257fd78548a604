import Link from "next/link";

export default function ImportNotFound() {
  return (
    <div className="page">
      <h1>No such import</h1>
      <p className="lede">There is no import with this number. It may have been typed wrong.</p>
      <p>
        <Link href="/curate/imports">See every import</Link>
      </p>
    </div>
  );
}
