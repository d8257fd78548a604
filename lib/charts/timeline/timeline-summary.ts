import { formatYearSpan } from "@/lib/format";
import { largest, SUMMARY_ITEMS } from "../chart-summary";
import type { TimelineData } from "./timeline";

/** The timeline in words: its years, phases and counts, its most important events and its longest spans. */
export function timelineSummary(data: TimelineData): string {
  const years = formatYearSpan(data.from, data.end - 1);
  const phases = data.phases.length > 0 ? ` in ${data.phases.length} phases (${data.phases.map((phase) => phase.label).join("; ")})` : "";
  const head = `Timeline, ${years}${phases}: ${data.events.length} events and ${data.spans.length} figures with a period.`;
  const key = [...data.events].sort((a, b) => a.rank - b.rank).slice(0, SUMMARY_ITEMS);
  const keyText = key.length > 0 ? ` Key events: ${key.map((event) => `${event.label} (${event.dateText})`).join("; ")}.` : "";
  const spans = largest(data.spans, (span) => span.x2 - span.x1);
  const spanText = spans.length > 0 ? ` Longest: ${spans.map((span) => `${span.label}, ${span.valueText} (${span.periodText})`).join("; ")}.` : "";
  return `${head}${keyText}${spanText}`;
}
