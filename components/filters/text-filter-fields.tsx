import { useTranslations } from "next-intl";
import styles from "./filters.module.css";

// The text fields every list filters by: words to search for, and a range of years.

/** Marks an input that applies the filters when it loses focus with a changed value (filter-panel.tsx). */
export const APPLY_ON_BLUR = "data-apply-on-blur";

export function SearchField({ idPrefix, value, placeholder }: { idPrefix: string; value: string | undefined; placeholder: string }) {
  const t = useTranslations("explore.filters");
  return (
    <div className={`${styles.field} ${styles.search}`}>
      <label htmlFor={`${idPrefix}-q`}>{t("search")}</label>
      <input id={`${idPrefix}-q`} type="search" name="q" defaultValue={value ?? ""} placeholder={placeholder} className={styles.control} maxLength={200} />
    </div>
  );
}

function YearField({ idPrefix, name, label, value, example }: { idPrefix: string; name: string; label: string; value: number | undefined; example: string }) {
  const t = useTranslations("explore.filters");
  return (
    <div className={styles.field}>
      <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
      <input
        id={`${idPrefix}-${name}`}
        name={name}
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        defaultValue={value ?? ""}
        className={styles.control}
        placeholder={t("yearExample", { year: example })}
        {...{ [APPLY_ON_BLUR]: "" }}
      />
    </div>
  );
}

export function YearRangeFields({ idPrefix, legend, from, to }: { idPrefix: string; legend: string; from: number | undefined; to: number | undefined }) {
  const t = useTranslations("explore.filters");
  return (
    <fieldset className={styles.years}>
      <legend>{legend}</legend>
      <YearField idPrefix={idPrefix} name="year_from" label={t("fromYear")} value={from} example="1950" />
      <YearField idPrefix={idPrefix} name="year_to" label={t("toYear")} value={to} example="1962" />
    </fieldset>
  );
}
