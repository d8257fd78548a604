import styles from "./table-skeleton.module.css";

// The loading state of a table page, in the page's own layout: title, lede, the filter panel, the
// toolbar and rows, so nothing jumps when the real page arrives.
export function TableSkeleton({ label, rows = 10 }: { label: string; rows?: number }) {
  return (
    <div className="page" aria-busy="true">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      <div className={`skeleton ${styles.title}`} />
      <div className={`skeleton ${styles.lede}`} />
      <div className={`skeleton ${styles.filters}`} />
      <div className={styles.toolbar}>
        <div className={`skeleton ${styles.count}`} />
        <div className={`skeleton ${styles.tools}`} />
      </div>
      <div className={`skeleton ${styles.header}`} />
      {Array.from({ length: rows }, (_, index) => (
        // Each row fades a little more, so the placeholder trails off instead of ending on an edge.
        <div key={index} className={`skeleton ${styles.row}`} style={{ opacity: 1 - index * 0.06 }} />
      ))}
    </div>
  );
}
