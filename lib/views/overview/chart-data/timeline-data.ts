import type { ChartEvent } from "@/lib/charts/chart-types";
import type { TimelineData } from "@/lib/charts/timeline/timeline";
import { column, FLAGS, flagCodes, MARK, QUALIFIER, UNIT, VALUE_TEXT, type ChartDataValue, type FigureLookup } from "./table";

// The timeline's rows, in the order its tables list them: the phases, then the events, then the
// figures with a period. Dates stay as the data gives them (partial ISO dates, as text).

export const TIMELINE_COLUMNS = [
  MARK,
  column("row_type", "phase: a band; event: a dated event; figure: a figure with a period (a span, or a point for a stock at a date)."),
  column("key", "The phase's, event's or figure's stable key."),
  column("label", "What the mark is."),
  column("start", "The first year of a phase; the date of an event; the first day, month or year of a figure's period (ISO, partial)."),
  column("end", "The last year of a phase; the end date of an event, if any; the last day, month or year of a figure's period."),
  column("period_text", "The date or period as the chart writes it."),
  column("drawn_as", "band, the event's type, span or point."),
  column("value", "A figure's value, in `unit`, as the source gives it.", "number"),
  QUALIFIER,
  UNIT,
  VALUE_TEXT,
  column("direction", "Who gave to whom, for a figure."),
  FLAGS,
];

type EventLookup = ReadonlyMap<number, ChartEvent>;

export function timelineRows(data: TimelineData, figures: FigureLookup, events: EventLookup): ChartDataValue[][] {
  const phases = data.phases.map((phase): ChartDataValue[] => {
    const [from, to] = [Math.floor(phase.x1), Math.ceil(phase.x2) - 1];
    return [phase.key, "phase", phase.key, phase.label, String(from), String(to), `${from}–${to}`, "band", null, null, null, null, null, null];
  });
  const dated = data.events.map((mark): ChartDataValue[] => {
    const event = events.get(mark.id);
    return [mark.key, "event", event?.key ?? null, mark.label, event?.date ?? null, event?.endDate ?? null, mark.dateText, mark.typeLabel, null, null, null, null, null, flagCodes(mark.info)];
  });
  const spans = data.spans.map((span): ChartDataValue[] => {
    const figure = figures.get(span.id);
    return [
      span.key,
      "figure",
      figure?.key ?? null,
      span.label,
      figure?.period.start ?? null,
      figure?.period.end ?? null,
      span.periodText,
      span.point ? "point" : "span",
      figure?.value ?? null,
      figure?.qualifier ?? null,
      figure?.unit ?? null,
      span.valueText,
      span.info.direction,
      flagCodes(span.info),
    ];
  });
  return [...phases, ...dated, ...spans];
}
