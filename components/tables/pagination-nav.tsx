import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useFormat } from "@/lib/i18n/use-format";
import styles from "./table-toolbar.module.css";

// Page links for a server-paged table. They are plain links to the page's URL, so paging works
// with or without JavaScript and each page can be bookmarked.
export function PaginationNav({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  const t = useTranslations("explore");
  const fmt = useFormat();
  if (pageCount <= 1) return null;
  const items = [
    { key: "first", text: t("pagination.first"), target: 1, enabled: page > 1 },
    { key: "previous", text: t("pagination.previous"), target: page - 1, enabled: page > 1 },
    { key: "next", text: t("pagination.next"), target: page + 1, enabled: page < pageCount },
    { key: "last", text: t("pagination.last"), target: pageCount, enabled: page < pageCount },
  ];
  return (
    <nav aria-label={label ?? t("pagination.label")} className={styles.pagination}>
      <p className={styles.count} aria-live="polite">
        {t("pagination.pageOf", { page: fmt.formatNumber(Math.min(page, pageCount)), count: fmt.formatNumber(pageCount) })}
      </p>
      <ul className={styles.pageLinks}>
        {items.map((item) => (
          <li key={item.key}>
            {item.enabled ? (
              <Link className="button" href={hrefFor(item.target)} scroll={false} rel={item.key === "next" ? "next" : item.key === "previous" ? "prev" : undefined}>
                {item.text}
              </Link>
            ) : (
              <span className={`button ${styles.disabled}`} aria-disabled="true">
                {item.text}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
