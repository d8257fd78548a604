import type { MarkInfo } from "../chart-types";
import type { TimelineData } from "./timeline";
import type { TimelineEvent, TimelineSpan } from "./timeline-marks";

// The timeline as it crosses from the server to the browser. Its data is the largest prop of the
// overview (about 100 KB of the page's inline payload on the shipped dataset, 90 events and 40
// spans), and much of it said twice: a mark's label is its tooltip's title, an event's date and
// type are its tooltip's value and first extra line, a span's value and period are its tooltip's,
// and every flag carries its label ("Date partly inferred") on every mark that has it. Packing
// leaves those out and names each flag once; unpacking in the browser puts them back, so the chart
// gets exactly the TimelineData the server shaped (tests/unit/charts-timeline-wire.test.ts).

type WireInfo = Omit<MarkInfo, "title" | "valueText" | "flags"> & { flags: string[] };

/** An event keeps its label, date and type; its tooltip leaves out what repeats them. */
type WireEvent = Omit<TimelineEvent, "info"> & { info: WireInfo };
/** A span keeps its label, value and period; its tooltip leaves out what repeats them. */
type WireSpan = Omit<TimelineSpan, "info"> & { info: Omit<WireInfo, "period"> };

export interface TimelineWire extends Omit<TimelineData, "events" | "spans"> {
  events: WireEvent[];
  spans: WireSpan[];
  /** Each flag's label, once: the marks name their flags by code. */
  flagLabels: Record<string, string>;
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

export function packTimeline(data: TimelineData): TimelineWire {
  const flagLabels: Record<string, string> = {};
  const events = data.events.map(({ info, ...event }): WireEvent => {
    assertRepeated(event.key, [[event.label, info.title], [event.dateText, info.valueText], [event.typeLabel, info.extra[0]]]);
    return { ...event, info: { ...packInfo(info, flagLabels), extra: info.extra.slice(1) } };
  });
  const spans = data.spans.map(({ info, ...span }): WireSpan => {
    assertRepeated(span.key, [[span.label, info.title], [span.valueText, info.valueText], [span.periodText, info.period]]);
    const { printed, phrase, direction, derivedNote, extra, href, flags } = packInfo(info, flagLabels);
    return { ...span, info: { printed, phrase, direction, derivedNote, extra, href, flags } };
  });
  return { ...data, events, spans, flagLabels };
}

export function unpackTimeline({ flagLabels, events, spans, ...data }: TimelineWire): TimelineData {
  return {
    ...data,
    events: events.map(({ info, ...event }) => {
      const unpacked = unpackInfo(info, event.label, event.dateText, flagLabels);
      return { ...event, info: { ...unpacked, extra: [event.typeLabel, ...info.extra] } };
    }),
    spans: spans.map(({ info, ...span }) => ({ ...span, info: unpackInfo({ ...info, period: span.periodText }, span.label, span.valueText, flagLabels) })),
  };
}
