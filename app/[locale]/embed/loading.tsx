import { useTranslations } from "next-intl";
import styles from "./embed-states.module.css";

// An embed's loading state: a chart-sized placeholder, so the host page's iframe does not flash.
export default function Loading() {
  const t = useTranslations("errors.loading");
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t("chart")}</span>
      <div className={`skeleton ${styles.title}`} />
      <div className={`skeleton ${styles.subtitle}`} />
      <div className={`skeleton ${styles.chart}`} />
    </div>
  );
}
