import { capItems, type ChartCap } from "../cap";
import { chartEmpty, chartOk, type ChartEvent, type ChartFigure, type ChartPhase, type ChartResult } from "../chart-types";
import { directionOf, type Sides } from "../sides";
import type { ChartWords } from "../words";
import { eventWeight, rankEvents } from "./event-importance";
import { packLanes } from "./pack-lanes";
import { dateRangeFraction } from "./timeline-dates";
import { eventMark, phaseBands, spanMark, type PhaseBand, type Range, type TimelineEvent, type TimelineSpan } from "./timeline-marks";

// The timeline: phases as shaded bands, dated events as markers, and every figure that covers a
// period as ONE horizontal span from its start to its end (a 1950–1962 total is one span, never
// annual bars). A stock at a date is a point. Rows ("lanes") are packed so that marks never overlap.

export interface TimelineOptions {
  figures: readonly ChartFigure[];
  events: readonly ChartEvent[];
  phases: readonly ChartPhase[];
  sides: Sides | null;
  /** First and last year shown (inclusive). */
  from?: number;
  to?: number;
  /** At most this many spans and this many events, with where to see the rest; none by default. */
  limit?: TimelineLimit;
  words: ChartWords;
}

interface TimelineLimit {
  spans: number;
  events: number;
  /** The explore page and the events page, filtered as the timeline is. */
  figuresHref: string;
  eventsHref: string;
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
  /** Set when only some spans (or events) are drawn: how many of how many, and where the rest are. */
  caps: ChartCap[];
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

const byStart = <T extends { x1: number; x2: number; id: number }>(a: T, b: T) => a.x1 - b.x1 || a.x2 - b.x2 || a.id - b.id;
const laneCount = (marks: readonly { lane: number }[]) => Math.max(0, ...marks.map((mark) => mark.lane + 1));

/** Every fifth year from the first multiple of five. */
function fiveYearTicks(from: number, end: number): number[] {
  const ticks: number[] = [];
  for (let year = Math.ceil(from / 5) * 5; year <= end; year += 5) ticks.push(year);
  return ticks;
}

interface Placed<T> {
  item: T;
  range: Range;
}

const spanLength = ({ range }: Placed<unknown>) => range[1] - range[0];

/** The spans to draw: all, or those between the two sides first, then the longest. */
function keptSpans(dated: Placed<ChartFigure>[], sides: Sides | null, limit: TimelineLimit | undefined, w: ChartWords) {
  if (!limit) return { kept: dated, cap: null };
  const between = (placed: Placed<ChartFigure>) => (sides && directionOf(placed.item, sides) ? 0 : 1);
  const order = (a: Placed<ChartFigure>, b: Placed<ChartFigure>) => between(a) - between(b) || spanLength(b) - spanLength(a) || a.item.id - b.item.id;
  return capItems(dated, limit.spans, order, { kind: sides ? "longestSpansBetween" : "longestSpans", href: limit.figuresHref }, w);
}

/** The events to draw: all, or the first by date. */
function keptEvents(placed: Placed<ChartEvent>[], limit: TimelineLimit | undefined, w: ChartWords) {
  if (!limit) return { kept: placed, cap: null };
  const order = (a: Placed<ChartEvent>, b: Placed<ChartEvent>) => a.range[0] - b.range[0] || a.item.id - b.item.id;
  return capItems(placed, limit.events, order, { kind: "earliestEvents", href: limit.eventsHref, place: "events" }, w);
}

function placeAll<T>(items: readonly T[], rangeOf: (item: T) => Range, clip: (range: Range) => Range | null): Placed<T>[] {
  return items.flatMap((item) => {
    const range = clip(rangeOf(item));
    return range ? [{ item, range }] : [];
  });
}

export function shapeTimeline({ figures, events, phases, sides, from = 1945, to = 1980, limit, words: w }: TimelineOptions): ChartResult<TimelineData> {
  const { t } = w;
  const end = to + 1;
  const clip = ([x1, x2]: Range): Range | null => (x2 <= from || x1 >= end ? null : [Math.max(x1, from), Math.min(x2, end)]);
  const notes: string[] = [];

  const dated = figures.filter((figure) => figure.period.start !== null);
  const inRange = placeAll(dated, (figure) => dateRangeFraction(figure.period.start!, figure.period.end), clip);
  const outsideFigures = dated.length - inRange.length;
  if (outsideFigures > 0) notes.push(t("timeline.outsideFigures", { count: outsideFigures, from, to }));

  const eventsInRange = placeAll(events, (event) => dateRangeFraction(event.date, event.endDate), clip);
  const outsideEvents = events.length - eventsInRange.length;
  if (outsideEvents > 0) notes.push(t("timeline.outsideEvents", { count: outsideEvents, from, to }));

  if (inRange.length === 0 && eventsInRange.length === 0) {
    return chartEmpty(t("timeline.empty", { from, to }), notes);
  }
  const spanCap = keptSpans(inRange, sides, limit, w);
  const eventCap = keptEvents(eventsInRange, limit, w);
  const rawSpans = spanCap.kept.map(({ item, range }) => spanMark(item, range, sides, w));
  const weighted = eventCap.kept.map(({ item, range }) => eventMark(item, range, eventWeight(item, figures, phases), w));
  const ranks = rankEvents(weighted);
  const rawEvents = weighted.map((event) => ({ ...event, rank: ranks.get(event.id)! }));
  const spans = packLanes([...rawSpans].sort(byStart), 0.25, 0.6);
  const placedEvents = packLanes([...rawEvents].sort(byStart), 0.1, 0.3, 8);
  return chartOk(
    {
      from,
      end,
      ticks: fiveYearTicks(from, end),
      phases: phaseBands(phases, clip, from, to),
      events: placedEvents,
      eventLanes: laneCount(placedEvents),
      spans,
      spanLanes: laneCount(spans),
      caps: [spanCap.cap, eventCap.cap].filter((cap) => cap !== null),
    },
    notes,
  );
}
