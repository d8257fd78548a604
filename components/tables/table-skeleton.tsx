// The loading state of a table page, in the page's own layout: title, lede, the filter panel, the
// toolbar and rows, so nothing jumps when the real page arrives.
export function TableSkeleton({ label, rows = 10 }: { label: string; rows?: number }) {
  return (
    <div className="page" aria-busy="true">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      <div className="skeleton" style={{ height: "2rem", width: "35%", marginBottom: "0.75rem" }} />
      <div className="skeleton" style={{ height: "3.5rem", width: "65%", marginBottom: "1.25rem" }} />
      <div className="skeleton" style={{ height: "11rem", marginBottom: "1rem" }} />
      <div style={{ display: "flex", justifyContent: "space-between", marginBottom: "0.6rem" }}>
        <div className="skeleton" style={{ height: "1.5rem", width: "14rem" }} />
        <div className="skeleton" style={{ height: "2.25rem", width: "20rem", maxWidth: "50%" }} />
      </div>
      <div className="skeleton" style={{ height: "2.5rem", marginBottom: "0.25rem" }} />
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton" style={{ height: "2.6rem", marginBottom: "0.25rem", opacity: 1 - index * 0.06 }} />
      ))}
    </div>
  );
}
