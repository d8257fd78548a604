import type { ChartResult } from "./chart-types";
import type { ChartWords } from "./words";

// A chart's text summary: what it shows, over which period, and its largest values with their
// qualifiers and units, in one short paragraph. It is the chart's accessible description on the
// page, the alt text of its embed and the <desc> of its exported image. Each chart's folder says
// what its largest values are (<chart>-summary.ts); this file writes the sentence.

export interface SummaryItem {
  label: string;
  /** The value as drawn: qualifier, number and unit ("more than 300 million rubles"). */
  valueText: string;
  /** A few more words in brackets: a direction, a period. */
  detail?: string;
}

export const SUMMARY_ITEMS = 3;

const itemText = (item: SummaryItem) => `${item.label}, ${item.valueText}${item.detail ? ` (${item.detail})` : ""}`;

/** "<what>, <period>. Largest: a, 1 t (x); b, 2 t; c, 3 t." */
export function summarize(what: string, period: string, items: readonly SummaryItem[], { t }: ChartWords, more = ""): string {
  const head = t("summary.head", { what, period });
  const largest = items.length === 0 ? "" : ` ${t("summary.largest", { items: items.slice(0, SUMMARY_ITEMS).map(itemText).join("; ") })}`;
  return `${head}${largest}${more ? ` ${more}` : ""}`;
}

/** The summary of a chart that drew nothing: its reason. */
export function summaryOf<T>(result: ChartResult<T>, summary: (data: T) => string): string {
  return result.ok ? summary(result.data) : result.reason;
}

/** The `count` items with the largest `size`, largest first. */
export function largest<T>(items: readonly T[], size: (item: T) => number, count = SUMMARY_ITEMS): T[] {
  return [...items].sort((a, b) => size(b) - size(a)).slice(0, count);
}
