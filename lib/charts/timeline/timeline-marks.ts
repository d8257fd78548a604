import type { ChartEvent, ChartFigure, ChartPhase, MarkInfo } from "../chart-types";
import { figureInfo, flagList, periodText } from "../mark-info";
import { formatMeasured, unitMeasure } from "../measure";
import { directionLabel, directionOf, type Direction, type Sides } from "../sides";
import type { ChartWords } from "../words";
import { isPointFigure } from "./timeline-dates";

// The marks of the timeline before they are packed into lanes: a span (or point) per figure, a
// marker (or short bar) per event, a band per phase. Each takes the range it covers on the axis,
// already clipped to the years shown.

export type Range = [number, number];

export interface PhaseBand {
  key: string;
  label: string;
  x1: number;
  x2: number;
  index: number;
}

interface TimelineMark {
  key: string;
  id: number;
  label: string;
  x1: number;
  x2: number;
  point: boolean;
  lane: number;
  info: MarkInfo;
}

export interface TimelineSpan extends TimelineMark {
  category: string;
  /** The category's label, in the page's language: the heading of its lane group. */
  categoryLabel: string;
  direction: Direction | null;
  valueText: string;
  periodText: string;
  /** The value and its unit, to find a category's largest figures (key-figures.ts). */
  value: number | null;
  unit: string;
}

export interface TimelineEvent extends TimelineMark {
  dateText: string;
  typeLabel: string;
  /** How much the data hangs on this event (event-importance.ts), and its rank by that (1 = most). */
  weight: number;
  rank: number;
}

/** The fields every mark shares; a point sits in the middle of its range. */
function markOf(key: string, id: number, label: string, [x1, x2]: Range, point: boolean) {
  const mid = (x1 + x2) / 2;
  return { key, id, label, x1: point ? mid : x1, x2: point ? mid : x2, point };
}

/** "USSR → PRC" between the sides, the actor codes otherwise, or nothing when neither is known. */
function directionText(figure: ChartFigure, direction: Direction | null, sides: Sides | null): string | null {
  if (direction && sides) return directionLabel(direction, sides);
  return figure.from || figure.to ? `${figure.from?.code ?? "—"} → ${figure.to?.code ?? "—"}` : null;
}

export function spanMark(figure: ChartFigure, range: Range, sides: Sides | null, w: ChartWords): Omit<TimelineSpan, "lane"> {
  const point = isPointFigure(figure);
  const direction = sides ? directionOf(figure, sides) : null;
  const valueText = formatMeasured(figure.value, figure.qualifier, unitMeasure(figure), { derived: false }, w);
  return {
    ...markOf(`figure-${figure.id}`, figure.id, figure.label, range, point),
    category: figure.category,
    categoryLabel: w.category(figure.category),
    direction,
    valueText,
    periodText: periodText(figure, w),
    value: figure.value,
    unit: figure.unit,
    info: figureInfo(
      figure,
      {
        valueText,
        direction: directionText(figure, direction, sides),
        extra: point ? [w.t("timeline.point")] : [],
      },
      w,
    ),
  };
}

export function eventMark(event: ChartEvent, range: Range, weight: number, w: ChartWords): Omit<TimelineEvent, "lane" | "rank"> {
  const point = event.endDate === null || event.endDate === event.date;
  const dateText = w.fmt.formatDateRange(event.date, event.endDate);
  const typeLabel = w.eventType(event.type);
  return {
    ...markOf(`event-${event.id}`, event.id, event.label, range, point),
    dateText,
    typeLabel,
    weight,
    info: {
      title: event.label,
      valueText: dateText,
      printed: null,
      phrase: event.phrase,
      period: w.t("timeline.sourceDate", { date: event.dateText }),
      direction: null,
      flags: flagList(event.flags, w),
      derivedNote: null,
      extra: [typeLabel, ...(event.phase ? [w.t("timeline.phase", { phase: event.phase.label })] : [])],
      href: `/events#event-${event.key}`,
    },
  };
}

/** The phases as bands; a phase without a start or an end runs to the edge of the years shown. */
export function phaseBands(phases: readonly ChartPhase[], clip: (range: Range) => Range | null, from: number, to: number): PhaseBand[] {
  return phases.flatMap((phase, index) => {
    const range = clip([phase.startYear ?? from, (phase.endYear ?? to) + 1]);
    return range ? [{ key: phase.key, label: phase.label, x1: range[0], x2: range[1], index }] : [];
  });
}
