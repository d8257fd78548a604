import Link from "next/link";
import styles from "./data-table.module.css";

// What a list table shows in place of rows: past its last page, a way back; otherwise that nothing
// matches, with a way out of the filters when any are active.

export function ListEmptyState({
  noun,
  page,
  pageCount,
  lastPageHref,
  clearHref,
}: {
  noun: { one: string; other: string };
  page: number;
  pageCount: number;
  lastPageHref: string;
  /** The same view without filters; null when no filter is active. */
  clearHref: string | null;
}) {
  if (pageCount > 0 && page > pageCount) {
    return (
      <>
        <p>
          Page {page} is past the end of this list, which has {pageCount} page{pageCount === 1 ? "" : "s"}.
        </p>
        <Link href={lastPageHref}>Go to the last page</Link>
      </>
    );
  }
  return (
    <>
      <p className={styles.emptyTitle}>No {noun.other} match these filters.</p>
      {clearHref ? (
        <Link href={clearHref} className="button">
          Clear filters
        </Link>
      ) : (
        <p className="muted">The database holds no {noun.other} yet.</p>
      )}
    </>
  );
}
