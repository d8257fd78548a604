import { useTranslations } from "next-intl";
import styles from "@/components/controls/share.module.css";

// A "Download" disclosure listing files as plain links: they work without JavaScript, and the
// server names each file (Content-Disposition) unless a name is given here.

export interface DownloadItem {
  label: string;
  href: string;
  /** A file name for links whose answer does not name itself (JSON pages of the API). */
  fileName?: string;
  hint?: string;
  testId: string;
}

export function DownloadMenu({ label, items, note }: { label?: string; items: DownloadItem[]; note?: string }) {
  const t = useTranslations("explore");
  return (
    <details className={styles.menu} data-testid="download-menu">
      <summary className="button">{label ?? t("downloads.label")}</summary>
      <div className={styles.panel}>
        {note ? <p className={styles.hint}>{note}</p> : null}
        <ul className={styles.items}>
          {items.map((item) => (
            <li key={item.testId}>
              <a className="button" href={item.href} download={item.fileName ?? true} data-testid={item.testId}>
                {item.label}
              </a>
              {item.hint ? <span className={`${styles.hint} ${styles.itemHint}`}>{item.hint}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
