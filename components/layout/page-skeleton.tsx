import { useTranslations } from "next-intl";
import styles from "./page-skeleton.module.css";

// A loading placeholder with the shape of a text page: a title, a lede and a few blocks.
export function PageSkeleton({ blocks = 3, blockHeight = 160 }: { blocks?: number; blockHeight?: number }) {
  const t = useTranslations("common");
  return (
    <div className="page" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t("loading")}</span>
      <div className={`skeleton ${styles.title}`} />
      <div className={`skeleton ${styles.lede}`} />
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} className={`skeleton ${styles.block}`} style={{ height: blockHeight }} />
      ))}
    </div>
  );
}
