import { formatDateRange, formatPeriod } from "@/lib/format";
import { datePrecision, partialDateBounds } from "@/lib/schemas/partial-date";
import { EVENT_TYPES, type EventType } from "@/lib/vocab";
import { chartEmpty, chartOk, figureHref, type ChartEvent, type ChartFigure, type ChartPhase, type ChartResult, type MarkInfo } from "../chart-types";
import { flagList } from "../mark-info";
import { formatMeasured } from "../measure";
import { directionLabel, directionOf, type Direction, type Sides } from "../sides";

// The timeline: phases as shaded bands, dated events as markers, and every figure that covers a
// period as ONE horizontal span from its start to its end (a 1950–1962 total is one span, never
// annual bars). Dates keep their precision: a year covers the whole year, a month the month, a day
// the day. A stock at a date is a point. Positions are fractional years, so a day in October sits in
// October. Rows ("lanes") are packed so that marks never overlap.

export interface TimelineOptions {
  figures: readonly ChartFigure[];
  events: readonly ChartEvent[];
  phases: readonly ChartPhase[];
  sides: Sides | null;
  /** First and last year shown (inclusive). */
  from?: number;
  to?: number;
}

export interface PhaseBand {
  key: string;
  label: string;
  x1: number;
  x2: number;
  index: number;
}

export interface TimelineMark {
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
  direction: Direction | null;
  valueText: string;
  periodText: string;
}

export interface TimelineEvent extends TimelineMark {
  dateText: string;
  typeLabel: string;
}

export interface TimelineData {
  from: number;
  /** Exclusive end of the axis: the first instant after the last year. */
  end: number;
  ticks: number[];
  phases: PhaseBand[];
  events: TimelineEvent[];
  eventLanes: number;
  spans: TimelineSpan[];
  spanLanes: number;
}

/** Decimal year of the start of an ISO day (YYYY-MM-DD): 1950-07-02 -> about 1950.5. */
export function yearFraction(day: string): number {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month - 1, date) - start) / (next - start);
}

/** [start, end) of a partial date range in decimal years: "1950".."1962" -> [1950, 1963). */
export function dateRangeFraction(start: string, end: string | null): [number, number] {
  const first = partialDateBounds(start).first;
  const last = partialDateBounds(end ?? start).last;
  const [year, month, day] = last.split("-").map(Number) as [number, number, number];
  const after = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return [yearFraction(first), yearFraction(after)];
}

/** Figures a timeline shows by default: every figure with a known period, except components that
 * only repeat their parent's period (the parent's span already covers them). */
export function defaultTimelineFigures(figures: readonly ChartFigure[]): ChartFigure[] {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return figures.filter((figure) => {
    if (figure.period.start === null || figure.period.status === "unknown") return false;
    const parent = figure.parentId === null ? undefined : byId.get(figure.parentId);
    return !parent || parent.period.start !== figure.period.start || parent.period.end !== figure.period.end;
  });
}

/** A stock at a date, or a figure dated to one day, is a point; anything else a span. */
export function isPointFigure(figure: Pick<ChartFigure, "kind" | "period">): boolean {
  if (figure.kind === "stock") return true;
  const { start, end } = figure.period;
  return start !== null && (end === null || end === start) && datePrecision(start) === "day";
}

/**
 * Greedy lane packing: each mark goes in the first lane whose last mark ended `gap` before it.
 * With `maxLanes`, a mark that finds no free lane goes where the lane ends earliest and may touch
 * its neighbour (a burst of events in a few weeks would otherwise make the chart very tall); every
 * mark stays reachable by keyboard and is listed in the table.
 */
export function packLanes<T extends { x1: number; x2: number }>(
  items: T[],
  gap: number,
  pointWidth: number,
  maxLanes = Number.POSITIVE_INFINITY,
): (T & { lane: number })[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    const left = item.x1 === item.x2 ? item.x1 - pointWidth / 2 : item.x1;
    const right = item.x1 === item.x2 ? item.x1 + pointWidth / 2 : item.x2;
    let lane = laneEnds.findIndex((end) => end + gap <= left);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(right) - 1;
    else if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? right, right);
    return { ...item, lane };
  });
}

export function shapeTimeline({ figures, events, phases, sides, from = 1945, to = 1980 }: TimelineOptions): ChartResult<TimelineData> {
  const end = to + 1;
  const clip = ([x1, x2]: [number, number]): [number, number] | null => (x2 <= from || x1 >= end ? null : [Math.max(x1, from), Math.min(x2, end)]);
  const notes: string[] = [];

  const rawSpans = figures.flatMap((figure) => {
    if (figure.period.start === null) return [];
    const range = clip(dateRangeFraction(figure.period.start, figure.period.end));
    if (!range) return [];
    const point = isPointFigure(figure);
    const mid = (range[0] + range[1]) / 2;
    const direction = sides ? directionOf(figure, sides) : null;
    const valueText = formatMeasured(figure.value, figure.qualifier, { kind: "unit", unit: figure.unit }, { derived: false });
    const periodText = formatPeriod({ start: figure.period.start, end: figure.period.end, status: figure.period.status });
    const directionText = direction && sides ? directionLabel(direction, sides) : figure.from || figure.to ? `${figure.from?.code ?? "—"} → ${figure.to?.code ?? "—"}` : null;
    return [
      {
        key: `figure-${figure.id}`,
        id: figure.id,
        label: figure.label,
        x1: point ? mid : range[0],
        x2: point ? mid : range[1],
        point,
        direction,
        valueText,
        periodText,
        info: {
          title: figure.label,
          valueText,
          printed: figure.valuePrinted,
          phrase: figure.phrase,
          period: periodText,
          direction: directionText,
          flags: flagList(figure.flags),
          derivedNote: null,
          extra: point ? ["A stock or a single date: drawn as a point."] : [],
          href: figureHref(figure.id),
        } satisfies MarkInfo,
      },
    ];
  });
  const outsideFigures = figures.filter((figure) => figure.period.start !== null).length - rawSpans.length;
  if (outsideFigures > 0) notes.push(`${outsideFigures} figure(s) fall outside ${from}–${to} and are not drawn.`);

  const rawEvents = events.flatMap((event) => {
    const range = clip(dateRangeFraction(event.date, event.endDate));
    if (!range) return [];
    const point = event.endDate === null || event.endDate === event.date;
    const mid = (range[0] + range[1]) / 2;
    const dateText = formatDateRange(event.date, event.endDate);
    const typeLabel = EVENT_TYPES[event.type as EventType] ?? event.type;
    return [
      {
        key: `event-${event.id}`,
        id: event.id,
        label: event.label,
        x1: point ? mid : range[0],
        x2: point ? mid : range[1],
        point,
        dateText,
        typeLabel,
        info: {
          title: event.label,
          valueText: dateText,
          printed: null,
          phrase: event.phrase,
          period: `As the source dates it: “${event.dateText}”`,
          direction: null,
          flags: flagList(event.flags),
          derivedNote: null,
          extra: [typeLabel, ...(event.phase ? [`Phase: ${event.phase.label}`] : [])],
          href: `/events#event-${event.key}`,
        } satisfies MarkInfo,
      },
    ];
  });
  const outsideEvents = events.length - rawEvents.length;
  if (outsideEvents > 0) notes.push(`${outsideEvents} event(s) fall outside ${from}–${to}; the events page lists them.`);

  if (rawSpans.length === 0 && rawEvents.length === 0) {
    return chartEmpty(`No dated events or figures with a period fall between ${from} and ${to}.`, notes);
  }

  const bands: PhaseBand[] = phases.flatMap((phase, index) => {
    const range = clip([phase.startYear ?? from, (phase.endYear ?? to) + 1]);
    return range ? [{ key: phase.key, label: phase.label, x1: range[0], x2: range[1], index }] : [];
  });

  const byStart = <T extends { x1: number; x2: number; id: number }>(a: T, b: T) => a.x1 - b.x1 || a.x2 - b.x2 || a.id - b.id;
  const spans = packLanes([...rawSpans].sort(byStart), 0.25, 0.6);
  const placedEvents = packLanes([...rawEvents].sort(byStart), 0.1, 0.3, 8);
  const ticks: number[] = [];
  for (let year = Math.ceil(from / 5) * 5; year <= end; year += 5) ticks.push(year);

  return chartOk(
    {
      from,
      end,
      ticks,
      phases: bands,
      events: placedEvents,
      eventLanes: Math.max(0, ...placedEvents.map((event) => event.lane + 1)),
      spans,
      spanLanes: Math.max(0, ...spans.map((span) => span.lane + 1)),
    },
    notes,
  );
}
