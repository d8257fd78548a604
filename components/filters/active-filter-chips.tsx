import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { RemovableFilter } from "@/lib/views/list/filter-options";
import styles from "./filters.module.css";

// The active filters as removable chips. Each × is a link to the same view without that filter,
// so removing one works without JavaScript and is an ordinary history step.
export function ActiveFilterChips({ filters, clearHref }: { filters: RemovableFilter[]; clearHref: string | null }) {
  const t = useTranslations("explore");
  if (filters.length === 0 || clearHref === null) return null;
  return (
    <ul className={styles.chips} aria-label={t("chips.label")} data-testid="active-filters">
      {filters.map((filter) => (
        <li key={filter.key} className={styles.chip}>
          <span>{filter.label}</span>
          <Link className={styles.chipRemove} href={filter.removeHref} scroll={false} aria-label={t("chips.remove", { label: filter.label })}>
            <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      <li>
        <Link href={clearHref} scroll={false}>
          {t("chips.clear")}
        </Link>
      </li>
    </ul>
  );
}
