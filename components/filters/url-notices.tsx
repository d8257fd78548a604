import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { noticeText, type UrlNotice } from "@/lib/views/lenient-parse";
import styles from "./url-notices.module.css";

// What the page ignored in its address, and why. A stale or hand-edited link still shows a
// page (with the default for each ignored part), never an error. Every page that reads its state
// from the URL shows its notices with this one component.
export function UrlNotices({ notices }: { notices: UrlNotice[] }) {
  const t = useTranslations("explore");
  const fmt = useFormat();
  if (notices.length === 0) return null;
  return (
    <div className="notice warn" role="status" data-testid="url-notices" data-url-notice="">
      <p className={styles.title}>{t("notices.title")}</p>
      <ul className={styles.list}>
        {notices.map((notice, index) => (
          <li key={`${notice.param}-${index}`}>{noticeText(notice, t, fmt)}</li>
        ))}
      </ul>
    </div>
  );
}
