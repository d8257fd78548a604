"use client";

import styles from "@/components/charts/charts.module.css";
import { useGoodsScale } from "@/lib/views/overview/use-overview-params";

// Log or linear value axis for the goods chart (values run from thousands to millions of tons).
export function ScaleToggle() {
  const [scale, setScale] = useGoodsScale();
  return (
    <div className={styles.segmented} role="group" aria-label="Value axis scale">
      {(["log", "linear"] as const).map((option) => (
        <button key={option} type="button" className="button" aria-pressed={scale === option} data-scale-toggle={option} onClick={() => void setScale(option)}>
          {option === "log" ? "Log scale" : "Linear scale"}
        </button>
      ))}
    </div>
  );
}
