"use client";

import { useTranslations } from "next-intl";
import styles from "@/components/charts/charts.module.css";
import { useGoodsScale } from "@/lib/views/overview/use-overview-params";

// Log or linear value axis for the goods chart (values run from thousands to millions of tons).
export function ScaleToggle() {
  const [scale, setScale] = useGoodsScale();
  const t = useTranslations("explore.controls");
  return (
    <div className={styles.segmented} role="group" aria-label={t("scale")}>
      {(["log", "linear"] as const).map((option) => (
        <button key={option} type="button" className="button" aria-pressed={scale === option} data-scale-toggle={option} onClick={() => void setScale(option)}>
          {t(option)}
        </button>
      ))}
    </div>
  );
}
