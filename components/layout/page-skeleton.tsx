// A loading placeholder with the shape of a text page: a title, a lede and a few blocks.
export function PageSkeleton({ blocks = 3, blockHeight = 160 }: { blocks?: number; blockHeight?: number }) {
  return (
    <div className="page" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton" style={{ height: "2rem", width: "40%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "70%", marginBottom: "2rem" }} />
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} className="skeleton" style={{ height: blockHeight, width: "100%", marginBottom: "1rem" }} />
      ))}
    </div>
  );
}
