import { useTranslations } from "next-intl";
import cardStyles from "@/components/charts/headline-cards/headline-cards.module.css";
import styles from "./overview.module.css";
import skeleton from "./overview-skeleton.module.css";

// An overview's loading state has the overview's shape: the header, the controls, six cards and
// the chart frames at their usual heights, so the page does not jump when it arrives.
const CARDS = 6;
const FRAMES = 3;

export function OverviewSkeleton() {
  const t = useTranslations("overview");
  return (
    <div className="page" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t("skeleton.loading")}</span>
      <div className={styles.header}>
        <div className={`skeleton ${skeleton.title}`} />
        <div className={`skeleton ${skeleton.lede}`} />
        <div className={`skeleton ${skeleton.intro}`} />
      </div>
      <div className={`skeleton ${skeleton.currencyBar}`} />
      <div className={skeleton.cards}>
        <ul className={cardStyles.grid}>
          {Array.from({ length: CARDS }, (_, index) => (
            <li key={index} className={`skeleton ${skeleton.card}`} />
          ))}
        </ul>
      </div>
      <div className={styles.stack}>
        {Array.from({ length: FRAMES }, (_, index) => (
          <div key={index} className={`skeleton ${skeleton.frame}`} />
        ))}
      </div>
    </div>
  );
}
