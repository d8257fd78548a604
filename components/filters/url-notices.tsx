import type { UrlNotice } from "@/lib/views/lenient-parse";
import styles from "./url-notices.module.css";

// What the page ignored in its address, and why. A stale or hand-edited link still shows a
// page (with the default for each ignored part), never an error. Every page that reads its state
// from the URL shows its notices with this one component.
export function UrlNotices({ notices }: { notices: UrlNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice warn" role="status" data-testid="url-notices" data-url-notice="">
      <p className={styles.title}>Part of this link could not be used:</p>
      <ul className={styles.list}>
        {notices.map((notice, index) => (
          <li key={`${notice.param}-${index}`}>{notice.message}</li>
        ))}
      </ul>
    </div>
  );
}
