export default function Loading() {
  return (
    <div className="page" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton" style={{ height: "2rem", width: "40%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "70%", marginBottom: "2rem" }} />
      <div className="skeleton" style={{ height: "320px", width: "100%" }} />
    </div>
  );
}
