import { categoryLabel } from "@/lib/vocab/labels";
import { estimateTextWidth, wrapText } from "@/lib/export/text-metrics";
import { categoryOrder } from "../category-order";
import { layoutEventKey, numberWidth, type KeyEntry } from "./event-key";
import { packLanes } from "./pack-lanes";
import { placeSpanLabel, SPAN_FONT, type PlacedLabel } from "./span-label";
import type { TimelineData } from "./timeline";
import type { PhaseBand, TimelineEvent, TimelineSpan } from "./timeline-marks";

// The timeline laid out for one drawing width: phases with their names wrapped inside their band,
// events as numbered markers with a key below, and the figures in lanes grouped by category, each
// with its whole label beside (or inside, or wrapped next to) its bar. Everything is in px of the
// drawing, so the page and the image export draw the same thing at any width, and nothing is cut.

const TIMELINE_MARGIN = { left: 16, right: 16, top: 8 } as const;
const PHASE_FONT = { size: 11, line: 13 };
const EVENT_LANE = 18;
/** Space above a category's lanes, for the rule between groups; its name sits in its first lane. */
const GROUP_GAP = 4;
const GROUP_FONT = 11;
const AXIS = 28;
const LANE_PAD = 3;

export interface LaidPhase { band: PhaseBand; x1: number; x2: number; lines: string[] }
export interface LaidEvent { event: TimelineEvent; number: number; x1: number; x2: number; y: number }
export interface LaidSpan { span: TimelineSpan; x1: number; x2: number; y: number; height: number; label: PlacedLabel }
interface LaidGroup { category: string; label: string; y: number; spans: LaidSpan[] }

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; year: number }[];
  axisY: number;
  phases: LaidPhase[];
  eventsTop: number;
  events: LaidEvent[];
  groups: LaidGroup[];
  key: { top: number; entries: KeyEntry[]; heading: string };
}

/** The events drawn: all, or the `keyEvents` most important (in date order either way), numbered by date. */
function drawnEvents(events: readonly TimelineEvent[], keyEvents: number | null): TimelineEvent[] {
  return keyEvents === null ? [...events] : events.filter((event) => event.rank <= keyEvents);
}

function layoutPhases(data: TimelineData, x: (year: number) => number, top: number) {
  const phases = data.phases.map((band) => ({ band, x1: x(band.x1), x2: x(band.x2), lines: wrapText(band.label, Math.max(x(band.x2) - x(band.x1) - 8, 24), PHASE_FONT.size) }));
  const lines = Math.max(1, ...phases.map((phase) => phase.lines.length));
  return { phases, height: top + lines * PHASE_FONT.line + 6 };
}

function layoutEvents(events: readonly TimelineEvent[], x: (year: number) => number, top: number) {
  const marks = events.map((event, index) => ({ event, number: index + 1, x1: x(event.x1), x2: x(event.x2) }));
  const packed = packLanes(
    marks.map((mark) => ({ ...mark, x1: mark.x1 - Math.max(12, numberWidth(mark.number)) / 2, x2: Math.max(mark.x2, mark.x1 + Math.max(12, numberWidth(mark.number)) / 2) })),
    3,
    0,
  );
  const laid = packed.map((mark, index) => ({ event: mark.event, number: mark.number, x1: marks[index]!.x1, x2: marks[index]!.x2, y: top + mark.lane * EVENT_LANE }));
  const lanes = Math.max(0, ...packed.map((mark) => mark.lane + 1));
  return { events: laid, height: lanes * EVENT_LANE };
}

/**
 * One category's lanes. The category's name takes the left end of the first lane, as a mark of its
 * own, so a group costs no header row when its first marks start further right.
 */
function layoutGroup(spans: readonly TimelineSpan[], x: (year: number) => number, plot: { left: number; right: number }, top: number, header: number) {
  const placed = spans
    .map((span) => {
      const x1 = x(span.x1);
      const x2 = span.point ? x1 : Math.max(x(span.x2), x1 + 3);
      const label = placeSpanLabel(span.label, span.point ? x1 - 5 : x1, span.point ? x1 + 5 : x2, plot);
      return { span, x1, x2, label, extent: { x1: Math.min(x1 - 5, label.x), x2: Math.max(x2 + 5, label.x + label.width) } };
    })
    .sort((a, b) => a.extent.x1 - b.extent.x1);
  const headerMark = { x1: plot.left, x2: plot.left + header, lines: 1 };
  const marks = [headerMark, ...placed.map((item) => ({ x1: item.extent.x1, x2: item.extent.x2, lines: item.label.lines.length }))];
  const packed = packLanes(marks, 6, 0);
  const laneHeights: number[] = [];
  packed.forEach((item) => {
    laneHeights[item.lane] = Math.max(laneHeights[item.lane] ?? 0, item.lines * SPAN_FONT.line + LANE_PAD);
  });
  const laneTops = laneHeights.reduce<number[]>((tops, _, index) => [...tops, index === 0 ? top : tops[index - 1]! + laneHeights[index - 1]!], []);
  const laid = placed.map((item, index) => {
    const lane = packed[index + 1]!.lane;
    return { span: item.span, x1: item.x1, x2: item.x2, label: item.label, y: laneTops[lane]!, height: laneHeights[lane]! - LANE_PAD };
  });
  return { spans: laid, height: laneHeights.reduce((sum, height) => sum + height, 0) };
}

function groupSpans(spans: readonly TimelineSpan[]) {
  const groups = new Map<string, TimelineSpan[]>();
  for (const span of spans) groups.set(span.category, [...(groups.get(span.category) ?? []), span]);
  return [...groups.entries()].sort(([a], [b]) => categoryOrder(a) - categoryOrder(b) || a.localeCompare(b));
}

function ticksFor(data: TimelineData, x: (year: number) => number) {
  const step = x(data.from + 5) - x(data.from) >= 34 ? 5 : 10;
  return data.ticks.filter((year) => year % step === 0).map((year) => ({ year, x: x(year) }));
}

export function layoutTimeline(data: TimelineData, width: number, keyEvents: number | null = null): TimelineLayout {
  const plot = { left: TIMELINE_MARGIN.left, right: width - TIMELINE_MARGIN.right };
  const x = (year: number) => plot.left + ((Math.max(data.from, Math.min(data.end, year)) - data.from) / (data.end - data.from)) * (plot.right - plot.left);
  const phased = layoutPhases(data, x, TIMELINE_MARGIN.top);
  const shown = drawnEvents(data.events, keyEvents);
  const eventsTop = phased.height + 16;
  const events = layoutEvents(shown, x, eventsTop);
  let y = eventsTop + events.height + (shown.length > 0 ? 12 : 0);
  const groups: LaidGroup[] = [];
  for (const [category, spans] of groupSpans(data.spans)) {
    const label = categoryLabel(category);
    const group = layoutGroup(spans, x, plot, y + GROUP_GAP, estimateTextWidth(label, GROUP_FONT, { bold: true }) + 6);
    groups.push({ category, label, y, spans: group.spans });
    y += GROUP_GAP + group.height;
  }
  const bottom = y + 4;
  const axisY = bottom;
  const keyTop = axisY + AXIS;
  const heading = keyEvents === null ? "Events" : `Key events: the ${shown.length} most important of ${data.events.length}, by the figures dated on them`;
  const key = layoutEventKey(shown.map((event, index) => ({ number: index + 1, text: `${event.dateText}: ${event.label}` })), plot.left, plot.right - plot.left, keyTop);
  return {
    width,
    height: keyTop + key.height + 8,
    plot: { ...plot, top: TIMELINE_MARGIN.top, bottom },
    ticks: ticksFor(data, x),
    axisY,
    phases: phased.phases,
    eventsTop,
    events: events.events,
    groups,
    key: { top: keyTop, entries: key.entries, heading },
  };
}

/** A width to lay out at before the chart's box is measured: the server sizes the box with it. */
const FIRST_WIDTH = 960;

/** The timeline's height before it is measured (the box the server renders, and the embed's). */
export const timelineFirstHeight = (data: TimelineData, keyEvents: number | null = null) => layoutTimeline(data, FIRST_WIDTH, keyEvents).height;
