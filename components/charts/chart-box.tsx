import type { ReactNode } from "react";
import styles from "./charts.module.css";

// The fixed-height box a chart draws into. Its height is decided on the server from the shaped
// data, so the page does not move when Recharts draws after hydration. `data-chart` names the
// chart for tests and for the image export; the SVG inside is `[data-chart=…] svg`. Below
// `minWidth` the chart scrolls sideways inside the box rather than squeezing its labels.

export function ChartBox({
  id,
  height,
  minWidth = 0,
  label,
  tooltip,
  children,
}: {
  id: string;
  height: number;
  minWidth?: number;
  label: string;
  tooltip?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div data-chart={id} className={styles.chart}>
      <div className={styles.box} style={{ height }} role="group" aria-label={label}>
        <div className={styles.boxInner} style={{ minWidth }}>
          {children}
        </div>
      </div>
      {tooltip}
    </div>
  );
}
