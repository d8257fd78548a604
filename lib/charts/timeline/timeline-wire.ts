import type { MarkInfo } from "../chart-types";
import type { TimelineData } from "./timeline";
import type { TimelineEvent, TimelineSpan } from "./timeline-marks";

// The timeline as it crosses from the server to the browser. Its data is the largest prop of the
// overview (about 90 KB of the page's inline payload on the shipped dataset: 90 events, 40 spans),
// and much of it said twice: a mark's label is its tooltip's title, an event's date and type are
// its tooltip's value and first extra line, a span's value and period are its tooltip's, every
// flag carries its label on every mark that has it, and every mark repeats the same twenty field
// names. Packing leaves the repeats out, names each flag once and sends the marks as rows under
// one list of field names; unpacking in the browser puts it all back, so the chart gets exactly
// the TimelineData the server shaped (tests/unit/charts-timeline-wire.test.ts).

type WireInfo = Omit<MarkInfo, "title" | "valueText" | "flags"> & { flags: string[] };
/** An event keeps its label, date and type; its tooltip leaves out what repeats them. */
type EventInfo = WireInfo;
/** A span keeps its label, value and period; its tooltip leaves out what repeats them. */
type SpanInfo = Omit<WireInfo, "period">;

/** Objects of one shape as rows of values under one list of field names. */
interface Rows<T> {
  fields: (keyof T)[];
  rows: unknown[][];
}

export interface TimelineWire extends Omit<TimelineData, "events" | "spans"> {
  events: { marks: Rows<Omit<TimelineEvent, "info">>; infos: Rows<EventInfo> };
  spans: { marks: Rows<Omit<TimelineSpan, "info">>; infos: Rows<SpanInfo> };
  /** Each flag's label, once: the marks name their flags by code. */
  flagLabels: Record<string, string>;
}

/** The items as rows, every field but `except`. */
function toRows<T extends object, K extends keyof T = never>(items: readonly T[], except?: K): Rows<Omit<T, K>> {
  const fields = [...new Set(items.flatMap((item) => Object.keys(item) as (keyof T)[]))].filter((field) => field !== except);
  return { fields: fields as (keyof Omit<T, K>)[], rows: items.map((item) => fields.map((field) => item[field])) };
}

function fromRows<T>({ fields, rows }: Rows<T>): T[] {
  // The rows were made by toRows from objects of this type (the round trip is tested).
  return rows.map((row) => Object.fromEntries(fields.map((field, index) => [field, row[index]])) as T);
}

function packInfo(info: MarkInfo, labels: Record<string, string>): WireInfo {
  for (const flag of info.flags) labels[flag.code] = flag.label;
  const { printed, phrase, period, direction, derivedNote, extra, href } = info;
  return { printed, phrase, period, direction, derivedNote, extra, href, flags: info.flags.map((flag) => flag.code) };
}

function unpackInfo(info: WireInfo, title: string, valueText: string, labels: Record<string, string>): MarkInfo {
  return { title, valueText, ...info, flags: info.flags.map((code) => ({ code, label: labels[code] ?? code })) };
}

/** Throws when a mark no longer repeats its text in its tooltip: packing would change what it says. */
function assertRepeated(key: string, pairs: [string | null | undefined, string | null | undefined][]) {
  if (pairs.some(([a, b]) => a !== b)) throw new Error(`timeline-wire: mark ${key} no longer repeats its text in its tooltip`);
}

export function packTimeline({ events, spans, ...data }: TimelineData): TimelineWire {
  const flagLabels: Record<string, string> = {};
  const eventInfos = events.map(({ key, label, dateText, typeLabel, info }): EventInfo => {
    assertRepeated(key, [[label, info.title], [dateText, info.valueText], [typeLabel, info.extra[0]]]);
    return { ...packInfo(info, flagLabels), extra: info.extra.slice(1) };
  });
  const spanInfos = spans.map(({ key, label, valueText, periodText, info }): SpanInfo => {
    assertRepeated(key, [[label, info.title], [valueText, info.valueText], [periodText, info.period]]);
    const { printed, phrase, direction, derivedNote, extra, href, flags } = packInfo(info, flagLabels);
    return { printed, phrase, direction, derivedNote, extra, href, flags };
  });
  return {
    ...data,
    events: { marks: toRows(events, "info"), infos: toRows(eventInfos) },
    spans: { marks: toRows(spans, "info"), infos: toRows(spanInfos) },
    flagLabels,
  };
}

export function unpackTimeline({ events, spans, flagLabels, ...data }: TimelineWire): TimelineData {
  const eventInfos = fromRows(events.infos);
  const spanInfos = fromRows(spans.infos);
  return {
    ...data,
    events: fromRows(events.marks).map((event, index) => {
      const info = eventInfos[index]!;
      const unpacked = unpackInfo(info, event.label, event.dateText, flagLabels);
      return { ...event, info: { ...unpacked, extra: [event.typeLabel, ...info.extra] } };
    }),
    spans: fromRows(spans.marks).map((span, index) => ({
      ...span,
      info: unpackInfo({ ...spanInfos[index]!, period: span.periodText }, span.label, span.valueText, flagLabels),
    })),
  };
}
