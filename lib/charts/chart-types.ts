import type { FigureDto } from "@/lib/data/figures/dto";
import type { EventDto } from "@/lib/data/events/dto";

// The plain inputs and outputs every chart-shaping function shares. Shaping functions take figure
// DTOs (or anything with the same fields, so tests can build them from the dataset file) and return
// either data to draw or the reason there is nothing to draw (owid-grapher's "no data because…").

/** The fields of a figure the charts read. FigureDto satisfies it. */
export type ChartFigure = Pick<
  FigureDto,
  | "id"
  | "key"
  | "label"
  | "category"
  | "kind"
  | "from"
  | "to"
  | "value"
  | "valuePrinted"
  | "unit"
  | "unitInfo"
  | "priceBasis"
  | "priceYear"
  | "denomination"
  | "qualifier"
  | "period"
  | "parentId"
  | "derived"
  | "derivation"
  | "source"
  | "section"
  | "phrase"
  | "flags"
>;

/** The fields of an event the timeline reads. EventDto satisfies it. */
export type ChartEvent = Pick<
  EventDto,
  "id" | "key" | "date" | "endDate" | "dateText" | "yearStart" | "yearEnd" | "label" | "type" | "phase" | "source" | "section" | "phrase" | "flags"
>;

export interface ChartPhase {
  key: string;
  label: string;
  startYear: number | null;
  endYear: number | null;
}

export type ChartResult<T> = { ok: true; data: T; notes: string[] } | { ok: false; reason: string; notes: string[] };

export function chartOk<T>(data: T, notes: string[] = []): ChartResult<T> {
  return { ok: true, data, notes };
}

export function chartEmpty<T>(reason: string, notes: string[] = []): ChartResult<T> {
  return { ok: false, reason, notes };
}

/** What a tooltip (and the table alternative) says about one mark. Shaped on the server. */
export interface MarkInfo {
  title: string;
  /** The value with its qualifier and unit ("more than 10,000 persons"), or the converted value. */
  valueText: string;
  /** The value exactly as the source prints it, when the mark is one figure. */
  printed: string | null;
  /** The source's own words for the figure. */
  phrase: string | null;
  period: string | null;
  direction: string | null;
  flags: { code: string; label: string }[];
  /** For converted money: the rate(s), date(s), source(s) and assumption, in words. */
  derivedNote: string | null;
  /** Extra lines (components, sums, notes). */
  extra: string[];
  href: string | null;
}

export const figureHref = (id: number) => `/figures/${id}`;
