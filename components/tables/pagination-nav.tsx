import Link from "next/link";
import styles from "./table-toolbar.module.css";

// Page links for a server-paged table. They are plain links to the page's URL, so paging works
// with or without JavaScript and each page can be bookmarked.
export function PaginationNav({
  page,
  pageCount,
  hrefFor,
  label = "Pages",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const items = [
    { key: "first", text: "First", target: 1, enabled: page > 1 },
    { key: "previous", text: "Previous", target: page - 1, enabled: page > 1 },
    { key: "next", text: "Next", target: page + 1, enabled: page < pageCount },
    { key: "last", text: "Last", target: pageCount, enabled: page < pageCount },
  ];
  return (
    <nav aria-label={label} className={styles.pagination}>
      <p className={styles.count} aria-live="polite">
        Page {Math.min(page, pageCount)} of {pageCount}
      </p>
      <ul className={styles.pageLinks}>
        {items.map((item) => (
          <li key={item.key}>
            {item.enabled ? (
              <Link className="button" href={hrefFor(item.target)} scroll={false} rel={item.key === "next" ? "next" : item.key === "previous" ? "prev" : undefined}>
                {item.text}
              </Link>
            ) : (
              <span className={`button ${styles.disabled}`} aria-disabled="true">
                {item.text}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
