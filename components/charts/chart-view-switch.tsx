"use client";

import type { ReactNode } from "react";
import type { ChartId } from "@/lib/views/overview/param-codes";
import { useChartView } from "@/lib/views/overview/use-overview-params";

// Shows a chart or its table alternative, as the URL says. Both are rendered by the page; only one
// is mounted, so the table is what a screen reader or keyboard user reaches after choosing it.
export function ChartViewSwitch({ chart, drawing, table }: { chart: ChartId; drawing: ReactNode; table: ReactNode }) {
  const [view] = useChartView(chart);
  return <div data-chart-view={view}>{view === "table" ? table : drawing}</div>;
}
