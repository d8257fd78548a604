"use client";

import { useTranslations } from "next-intl";
import { CHART_VIEWS, type ChartId } from "@/lib/views/overview/param-codes";
import styles from "@/components/charts/charts.module.css";
import { useChartView } from "@/lib/views/overview/use-overview-params";

// Chart / Table switch of one chart. The choice is in the URL (view_<chart>=table), so a link can
// open a chart as its table.
export function ViewToggle({ chart, title }: { chart: ChartId; title: string }) {
  const [view, setView] = useChartView(chart);
  const t = useTranslations("explore.controls");
  return (
    <div className={styles.segmented} role="group" aria-label={t("showAs", { title })}>
      {CHART_VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          className="button"
          aria-pressed={view === option}
          data-view-toggle={option}
          onClick={() => void setView(option)}
        >
          {t(option)}
        </button>
      ))}
    </div>
  );
}
