import { useTranslations } from "next-intl";
import styles from "./loading.module.css";

// The figure page's shape while it loads: links, title, the value card and the facts beside it.
export default function FigureLoading() {
  const t = useTranslations("errors.loading");
  return (
    <div className="page" aria-busy="true">
      <span className="visually-hidden" role="status">
        {t("figure")}
      </span>
      <div className={`skeleton ${styles.links}`} />
      <div className={`skeleton ${styles.title}`} />
      <div className={`skeleton ${styles.lede}`} />
      <div className={styles.cards}>
        <div className={`skeleton ${styles.card}`} />
        <div className={`skeleton ${styles.card}`} />
      </div>
      <div className={`skeleton ${styles.heading}`} />
      <div className={`skeleton ${styles.section}`} />
    </div>
  );
}
