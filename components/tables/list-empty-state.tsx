import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useFormat } from "@/lib/i18n/use-format";
import styles from "./data-table.module.css";

// What a list table shows in place of rows: past its last page, a way back; otherwise that nothing
// matches, with a way out of the filters when any are active.

export function ListEmptyState({
  entity,
  page,
  pageCount,
  lastPageHref,
  clearHref,
}: {
  entity: "figures" | "events";
  page: number;
  pageCount: number;
  lastPageHref: string;
  /** The same view without filters; null when no filter is active. */
  clearHref: string | null;
}) {
  const t = useTranslations("explore");
  const fmt = useFormat();
  if (pageCount > 0 && page > pageCount) {
    return (
      <>
        <p>{t("empty.pastEnd", { page: fmt.formatNumber(page), count: pageCount })}</p>
        <Link href={lastPageHref}>{t("empty.lastPage")}</Link>
      </>
    );
  }
  return (
    <>
      <p className={styles.emptyTitle}>{t(`empty.${entity}.noMatch`)}</p>
      {clearHref ? (
        <Link href={clearHref} className="button">
          {t("chips.clear")}
        </Link>
      ) : (
        <p className="muted">{t(`empty.${entity}.noData`)}</p>
      )}
    </>
  );
}
