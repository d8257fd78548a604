// An embed's loading state: a chart-sized placeholder, so the host page's iframe does not flash.
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading the chart…</span>
      <div className="skeleton" style={{ height: "1.6rem", width: "60%", marginBottom: "0.5rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "80%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: 360 }} />
    </div>
  );
}
