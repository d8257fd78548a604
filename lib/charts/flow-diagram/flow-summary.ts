import { largest, summarize } from "../chart-summary";
import { measureLabel } from "../measure";
import type { ChartWords } from "../words";
import type { SankeyData } from "./sankey";

/** The flow diagram in words: how many flows, and the largest sums with their paths. */
export function flowSummary(data: SankeyData, period: string, w: ChartWords): string {
  const what = w.t("summary.flow", { count: data.links.length, unit: measureLabel(data.measure, w) });
  const items = largest(data.links, (link) => link.value).map((link) => ({ label: link.path, valueText: link.valueText, detail: link.summary }));
  return summarize(what, period, items, w);
}
