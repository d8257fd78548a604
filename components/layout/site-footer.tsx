import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="page" style={{ paddingBottom: "1.5rem", paddingTop: "1rem" }}>
        <p className="muted" style={{ fontSize: "0.875rem", margin: 0 }}>
          Aidflow shows every figure as its source prints it, with its qualifier, unit, period and source. Data:
          N. Akhobadze, “Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance (1950-1980)”. See the{" "}
          <Link href="/methodology">methodology</Link> and the <Link href="/api-docs">data API</Link>.
        </p>
      </div>
    </footer>
  );
}
