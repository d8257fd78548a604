import Link from "next/link";
import { LogoutButton } from "./logout-button";
import styles from "./curator-bar.module.css";

// The strip at the top of every curation page: who is signed in, where to go, and how to leave.
export function CuratorBar({ user }: { user: string }) {
  return (
    <div className={styles.bar}>
      <p className={styles.who}>
        Signed in as <strong>{user}</strong>
      </p>
      <nav aria-label="Curation" className={styles.nav}>
        <ul>
          <li>
            <Link href="/curate">Curation</Link>
          </li>
          <li>
            <Link href="/curate/figures">Correct a figure</Link>
          </li>
          <li>
            <Link href="/curate/imports">Imports</Link>
          </li>
        </ul>
      </nav>
      <LogoutButton />
    </div>
  );
}
