import { largest, SUMMARY_ITEMS } from "../chart-summary";
import type { ChartWords } from "../words";
import type { TimelineData } from "./timeline";

/** The timeline in words: its years, phases and counts, its most important events and its longest spans. */
export function timelineSummary(data: TimelineData, { t, fmt }: ChartWords): string {
  const years = fmt.formatYearSpan(data.from, data.end - 1);
  const phases = data.phases.length > 0 ? ` ${t("summary.phases", { count: data.phases.length, names: data.phases.map((phase) => phase.label).join("; ") })}` : "";
  const head = t("summary.timeline", { years, phases, events: data.events.length, spans: data.spans.length });
  const key = [...data.events].sort((a, b) => a.rank - b.rank).slice(0, SUMMARY_ITEMS);
  const keyText = key.length > 0 ? ` ${t("summary.keyEvents", { items: key.map((event) => `${event.label} (${event.dateText})`).join("; ") })}` : "";
  const spans = largest(data.spans, (span) => span.x2 - span.x1);
  const spanText = spans.length > 0 ? ` ${t("summary.longest", { items: spans.map((span) => `${span.label}, ${span.valueText} (${span.periodText})`).join("; ") })}` : "";
  return `${head}${keyText}${spanText}`;
}
