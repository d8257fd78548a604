import Link from "next/link";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="page">
        <p className={`muted ${styles.text}`}>
          Aidflow shows every figure as its source prints it, with its qualifier, unit, period and source. Data:
          N. Akhobadze, “Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance (1950-1980)”. See the{" "}
          <Link href="/methodology">methodology</Link> and the <Link href="/api-docs">data API</Link>.
        </p>
      </div>
    </footer>
  );
}
