import type { Translate } from "@/lib/i18n/translate";
import { estimateTextWidth, wrapText } from "@/lib/export/text-metrics";
import { categoryOrder } from "../category-order";
import { layoutEventKey, numberWidth, type KeyEntry } from "./event-key";
import { packLanes } from "./pack-lanes";
import { placeSpanLabel, type PlacedLabel } from "./span-label";
import type { TimelineData } from "./timeline";
import type { PhaseBand, TimelineEvent, TimelineSpan } from "./timeline-marks";
import { PAGE_TYPE, type TimelineType } from "./timeline-type";

// The timeline laid out for one drawing width: phases with their names wrapped inside their band,
// events as numbered markers with a key below, and the figures in lanes grouped by category, each
// with its whole label beside (or inside, or wrapped next to) its bar. Everything is in px of the
// drawing, so the page and the image export draw the same thing at any width, and nothing is cut.
// The type (timeline-type.ts) sets the text sizes: the page's, or an image's larger ones.

const TIMELINE_MARGIN = { left: 16, right: 16, top: 8 } as const;
const KEY_GAP = 24;

export interface LaidPhase { band: PhaseBand; x1: number; x2: number; lines: string[] }
/** `numberText` is drawn at `numberX` over the marker: its number, a run's numbers ("3–6") over the run's middle on its first, or none. */
export interface LaidEvent { event: TimelineEvent; number: number; numberText: string | null; numberX: number; x1: number; x2: number; y: number }
export interface LaidSpan { span: TimelineSpan; x1: number; x2: number; y: number; height: number; label: PlacedLabel }
/** `lines`: the category's name as drawn, at `labelX` (in the gutter when the type has one). */
interface LaidGroup { category: string; label: string; lines: string[]; labelX: number; y: number; spans: LaidSpan[] }

export interface TimelineLayoutOptions {
  type?: TimelineType;
  /** Extra px added to every figure lane, to fill a box taller than the chart needs. */
  stretch?: number;
  /** A line under the chart saying what it leaves out (key-figures.ts). */
  note?: string | null;
  /** The "charts" messages, for the key's heading. */
  t: Translate;
}

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
  key: { top: number; left: number; entries: KeyEntry[]; heading: string; headingLines: string[] };
  note: { x: number; y: number; lines: string[] } | null;
  /** How many figure lanes the groups take (what `stretch` widens). */
  lanes: number;
  type: TimelineType;
}

/** The events drawn: all, or the `keyEvents` most important (in date order either way), numbered by date. */
function drawnEvents(events: readonly TimelineEvent[], keyEvents: number | null): TimelineEvent[] {
  return keyEvents === null ? [...events] : events.filter((event) => event.rank <= keyEvents);
}

function layoutPhases(data: TimelineData, x: (year: number) => number, top: number, font: TimelineType["phase"]) {
  const phases = data.phases.map((band) => ({ band, x1: x(band.x1), x2: x(band.x2), lines: wrapText(band.label, Math.max(x(band.x2) - x(band.x1) - 8, 24), font.size) }));
  const lines = Math.max(1, ...phases.map((phase) => phase.lines.length));
  return { phases, height: top + lines * font.line + 6 };
}

type EventMarkPlace = { event: TimelineEvent; number: number; x1: number; x2: number };

/**
 * Runs of point events closer than a number's width, as one numbered marker group ("3–6"), when the
 * type asks for it: a slide cannot spend a row on each of a burst of events in one month.
 */
function eventClusters(marks: readonly EventMarkPlace[], type: TimelineType): EventMarkPlace[][] {
  const clusters: EventMarkPlace[][] = [];
  const reach = 2 * numberWidth(99, type.number);
  for (const mark of marks) {
    const last = clusters.at(-1);
    const joins = type.mergeEvents && last && mark.event.point && last[0]!.event.point && mark.x1 - last[0]!.x1 < reach;
    if (joins) last.push(mark);
    else clusters.push([mark]);
  }
  return clusters;
}

function layoutEvents(events: readonly TimelineEvent[], x: (year: number) => number, top: number, type: TimelineType) {
  const marks = events.map((event, index) => ({ event, number: index + 1, x1: x(event.x1), x2: x(event.x2) }));
  const clusters = eventClusters(marks, type).map((members) => {
    const text = members.length === 1 ? String(members[0]!.number) : `${members[0]!.number}–${members.at(-1)!.number}`;
    const half = Math.max(12, estimateTextWidth(text, type.number) + 2) / 2;
    const x1 = Math.min(...members.map((mark) => mark.x1));
    const x2 = Math.max(...members.map((mark) => mark.x2));
    const middle = (x1 + Math.max(...members.map((mark) => mark.x1))) / 2;
    return { members, text, middle, x1: Math.min(x1, middle - half), x2: Math.max(x2, middle + half) };
  });
  const packed = packLanes(clusters, 3, 0);
  const laid = packed.flatMap((cluster) =>
    cluster.members.map((mark, index) => ({ ...mark, numberText: index === 0 ? cluster.text : null, numberX: cluster.middle, y: top + cluster.lane * type.eventLane })),
  );
  const lanes = Math.max(0, ...packed.map((cluster) => cluster.lane + 1));
  return { events: laid, height: lanes * type.eventLane };
}

/**
 * One category's lanes. The category's name takes the left end of the first lane, as a mark of its
 * own, so a group costs no header row when its first marks start further right. With a gutter
 * (`header` null) the name sits left of the plot and takes no lane at all.
 */
function layoutGroup(spans: readonly TimelineSpan[], x: (year: number) => number, plot: { left: number; right: number }, top: number, header: number | null, type: TimelineType, lanePad: number) {
  const placed = spans
    .map((span) => {
      const x1 = x(span.x1);
      const x2 = span.point ? x1 : Math.max(x(span.x2), x1 + 3);
      const label = placeSpanLabel(span.label, span.point ? x1 - 5 : x1, span.point ? x1 + 5 : x2, plot, type.span);
      return { span, x1, x2, label, extent: { x1: Math.min(x1 - 5, label.x), x2: Math.max(x2 + 5, label.x + label.width) } };
    })
    .sort((a, b) => a.extent.x1 - b.extent.x1);
  const headerMarks = header === null ? [] : [{ x1: plot.left, x2: plot.left + header, lines: 1 }];
  const marks = [...headerMarks, ...placed.map((item) => ({ x1: item.extent.x1, x2: item.extent.x2, lines: item.label.lines.length }))];
  const packed = packLanes(marks, 6, 0);
  const laneHeights: number[] = [];
  packed.forEach((item) => {
    laneHeights[item.lane] = Math.max(laneHeights[item.lane] ?? 0, item.lines * type.span.line + lanePad);
  });
  const laneTops = laneHeights.reduce<number[]>((tops, _, index) => [...tops, index === 0 ? top : tops[index - 1]! + laneHeights[index - 1]!], []);
  const laid = placed.map((item, index) => {
    const lane = packed[index + headerMarks.length]!.lane;
    return { span: item.span, x1: item.x1, x2: item.x2, label: item.label, y: laneTops[lane]!, height: laneHeights[lane]! - lanePad };
  });
  return { spans: laid, height: laneHeights.reduce((sum, height) => sum + height, 0), lanes: laneHeights.length };
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

function layoutGroups(data: TimelineData, x: (year: number) => number, plot: { left: number; right: number }, top: number, type: TimelineType, stretch: number) {
  let y = top;
  let lanes = 0;
  const groups: LaidGroup[] = [];
  for (const [category, spans] of groupSpans(data.spans)) {
    const label = spans[0]!.categoryLabel;
    const header = type.gutter === null ? estimateTextWidth(label, type.group, { bold: true }) + 6 : null;
    const lines = type.gutter === null ? [label] : wrapText(label, type.gutter - 8, type.group, { bold: true });
    const group = layoutGroup(spans, x, plot, y + type.groupGap, header, type, type.lanePad + stretch);
    groups.push({ category, label, lines, labelX: type.gutter === null ? plot.left + 2 : TIMELINE_MARGIN.left, y, spans: group.spans });
    y += type.groupGap + Math.max(group.height, lines.length * type.span.line + type.lanePad);
    lanes += group.lanes;
  }
  return { groups, bottom: y + 4, lanes };
}

/** The key's box: below the chart across its width, or beside it (wide images) at the type's share. */
function keyBox(width: number, type: TimelineType) {
  const inner = width - TIMELINE_MARGIN.left - TIMELINE_MARGIN.right;
  if (type.keyBeside === null) return { plotRight: width - TIMELINE_MARGIN.right, left: TIMELINE_MARGIN.left, width: inner };
  const keyWidth = Math.round(inner * type.keyBeside);
  return { plotRight: width - TIMELINE_MARGIN.right - keyWidth - KEY_GAP, left: width - TIMELINE_MARGIN.right - keyWidth, width: keyWidth };
}

export function layoutTimeline(data: TimelineData, width: number, keyEvents: number | null, { type = PAGE_TYPE, stretch = 0, note = null, t }: TimelineLayoutOptions): TimelineLayout {
  const box = keyBox(width, type);
  const plot = { left: TIMELINE_MARGIN.left + (type.gutter ?? 0), right: box.plotRight };
  const x = (year: number) => plot.left + ((Math.max(data.from, Math.min(data.end, year)) - data.from) / (data.end - data.from)) * (plot.right - plot.left);
  const phased = layoutPhases(data, x, TIMELINE_MARGIN.top, type.phase);
  const shown = drawnEvents(data.events, keyEvents);
  const eventsTop = phased.height + type.phaseGap;
  const events = layoutEvents(shown, x, eventsTop, type);
  const laid = layoutGroups(data, x, plot, eventsTop + events.height + (shown.length > 0 ? 12 : 0), type, stretch);
  const axisY = laid.bottom;
  const axisBottom = axisY + type.axis + 17;
  const keyTop = type.keyBeside === null ? axisBottom : TIMELINE_MARGIN.top;
  const heading = keyEvents === null ? t("timeline.events") : t("timeline.keyEvents", { shown: shown.length, total: data.events.length });
  const key = layoutEventKey(shown.map((event, index) => ({ number: index + 1, text: `${event.dateText}: ${event.label}` })), box.left, box.width, keyTop, type.key);
  const headingLines = wrapText(heading, box.width, type.key.size, { bold: true });
  const keyShift = key.entries.length > 0 ? (headingLines.length - 1) * type.key.line : 0;
  const keyBottom = keyTop + key.height + keyShift;
  const noteTop = Math.max(axisBottom, keyBottom) + 4;
  const noteLines = note ? wrapText(note, width - TIMELINE_MARGIN.left - TIMELINE_MARGIN.right, type.key.size, { bold: true }) : [];
  return {
    width,
    height: (noteLines.length > 0 ? noteTop + noteLines.length * type.key.line : Math.max(axisBottom, keyBottom)) + 8,
    plot: { ...plot, top: TIMELINE_MARGIN.top, bottom: laid.bottom },
    ticks: ticksFor(data, x),
    axisY,
    phases: phased.phases,
    eventsTop,
    events: events.events,
    groups: laid.groups,
    key: { top: keyTop, left: box.left, entries: key.entries.map((entry) => ({ ...entry, y: entry.y + keyShift })), heading: headingLines.join(" "), headingLines },
    note: noteLines.length > 0 ? { x: TIMELINE_MARGIN.left, y: noteTop + type.key.size, lines: noteLines } : null,
    lanes: laid.lanes,
    type,
  };
}

/** A width to lay out at before the chart's box is measured: the server sizes the box with it. */
const FIRST_WIDTH = 960;

/** The timeline's height before it is measured (the box the server renders, and the embed's). */
export const timelineFirstHeight = (data: TimelineData, t: Translate, keyEvents: number | null = null) => layoutTimeline(data, FIRST_WIDTH, keyEvents, { t }).height;
