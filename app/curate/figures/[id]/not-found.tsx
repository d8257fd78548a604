import Link from "next/link";

export default function FigureNotFound() {
  return (
    <div className="page">
      <h1>No such figure</h1>
      <p className="lede">There is no figure with this id. It may have been mistyped.</p>
      <p>
        <Link href="/curate/figures">Find the figure to correct</Link>
      </p>
    </div>
  );
}
