import type { Translate } from "@/lib/i18n/translate";
import type { TimelineData } from "./timeline";
import type { TimelineSpan } from "./timeline-marks";

// The timeline's "key figures" view, for slides: the largest figures of each category, judged from
// the data alone. Values are compared only within one unit, so a category that mixes units (people
// and roubles) ranks each figure by its share of the largest value in its own unit there; ties go to
// the longer span, then the earlier one.

type Ranked = { span: TimelineSpan; rank: number; share: number };

function rankCategory(spans: readonly TimelineSpan[]): Ranked[] {
  const largest = new Map<string, number>();
  for (const span of spans) if (span.value !== null) largest.set(span.unit, Math.max(largest.get(span.unit) ?? 0, Math.abs(span.value)));
  const share = (span: TimelineSpan) => (span.value === null ? 0 : Math.abs(span.value) / (largest.get(span.unit) || 1));
  return [...spans]
    .sort((a, b) => share(b) - share(a) || b.x2 - b.x1 - (a.x2 - a.x1) || a.x1 - b.x1 || a.id - b.id)
    .map((span, index) => ({ span, rank: index + 1, share: share(span) }));
}

/**
 * Every span in the order a key-figures view adds them: each category's largest first, then each
 * one's second largest, and so on; at most `perCategory` of each category when given.
 */
export function keyFigureOrder(spans: readonly TimelineSpan[], perCategory: number | null = null): TimelineSpan[] {
  const categories = new Map<string, TimelineSpan[]>();
  for (const span of spans) categories.set(span.category, [...(categories.get(span.category) ?? []), span]);
  return [...categories.values()]
    .flatMap(rankCategory)
    .filter((item) => perCategory === null || item.rank <= perCategory)
    .sort((a, b) => a.rank - b.rank || b.share - a.share || a.span.x1 - b.span.x1 || a.span.id - b.span.id)
    .map((item) => item.span);
}

/** The timeline with only `kept` of its spans (in their original order). */
export function withSpans(data: TimelineData, kept: readonly TimelineSpan[]): TimelineData {
  const ids = new Set(kept.map((span) => span.id));
  return { ...data, spans: data.spans.filter((span) => ids.has(span.id)) };
}

/**
 * What the key-figures view leaves out and why (to keep every label legible, at most `perCategory`
 * of each category when given), said on the chart itself; null when all are shown.
 */
export function keyFiguresNote(shown: number, total: number, perCategory: number | null, t: Translate): string | null {
  if (shown >= total) return null;
  return t(perCategory === null ? "timeline.keyFigures" : "timeline.keyFiguresPerCategory", { shown, total, perCategory: perCategory ?? 0 });
}
