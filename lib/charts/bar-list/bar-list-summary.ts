import { largest, summarize } from "../chart-summary";
import type { BarMarks } from "./bar-list";

/** A bar list (goods, people, counterparts) in words: what it ranks, and its largest bars. */
export function barListSummary(what: string, data: BarMarks, period: string): string {
  const items = largest(data.bars, (bar) => bar.value).map((bar) => ({ label: bar.fullLabel, valueText: bar.valueText }));
  return summarize(`${what}: ${data.bars.length} bars`, period, items);
}
