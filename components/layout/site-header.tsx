import Link from "next/link";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} aria-label="Aidflow, overview">
          <span aria-hidden="true" className={styles.mark}>⇄</span> Aidflow
        </Link>
        <NavLinks />
        <ThemeToggle />
      </div>
    </header>
  );
}
