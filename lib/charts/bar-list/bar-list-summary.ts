import { largest, summarize } from "../chart-summary";
import type { ChartWords } from "../words";
import type { BarMarks } from "./bar-list";

/** A bar list (goods, people, counterparts) in words: what it ranks, and its largest bars. */
export function barListSummary(what: string, data: BarMarks, period: string, w: ChartWords): string {
  const items = largest(data.bars, (bar) => bar.value).map((bar) => ({ label: bar.fullLabel, valueText: bar.valueText }));
  return summarize(w.t("summary.bars", { what, count: data.bars.length }), period, items, w);
}
