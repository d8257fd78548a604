// The figure page's shape while it loads: links, title, the value card and the facts beside it.
export default function FigureLoading() {
  return (
    <div className="page" aria-busy="true">
      <span className="visually-hidden" role="status">
        Loading the figure…
      </span>
      <div className="skeleton" style={{ height: "1rem", width: "30%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "2rem", width: "60%", marginBottom: "0.75rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "80%", marginBottom: "1.5rem" }} />
      <div style={{ display: "grid", gap: "1rem", gridTemplateColumns: "repeat(auto-fit, minmax(18rem, 1fr))", marginBottom: "1.5rem" }}>
        <div className="skeleton" style={{ height: "9rem" }} />
        <div className="skeleton" style={{ height: "9rem" }} />
      </div>
      <div className="skeleton" style={{ height: "1.5rem", width: "25%", marginBottom: "0.75rem" }} />
      <div className="skeleton" style={{ height: "8rem" }} />
    </div>
  );
}
