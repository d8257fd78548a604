import Link from "next/link";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="page">
        <p className={`muted ${styles.text}`}>
          Aidflow shows every figure as its source prints it, with its qualifier, unit, period and source: each
          chart and figure names the work it comes from. See the <Link href="/methodology">methodology</Link> and the{" "}
          <Link href="/api-docs">data API</Link>.
        </p>
      </div>
    </footer>
  );
}
