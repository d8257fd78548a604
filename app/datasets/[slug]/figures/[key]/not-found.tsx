import Link from "next/link";

// An id that is malformed ("abc") or names no figure.
export default function FigureNotFound() {
  return (
    <div className="page" data-testid="figure-not-found">
      <h1>Figure not found</h1>
      <p className="lede">
        There is no figure at this address. The id may be mistyped, or the figure may have been removed from the dataset.
      </p>
      <p>
        <Link href="/figures">Explore all figures</Link> · <Link href="/">Back to the overview</Link>
      </p>
    </div>
  );
}
