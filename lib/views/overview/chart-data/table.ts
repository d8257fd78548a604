import type { ChartCap } from "@/lib/charts/cap";
import type { ChartFigure, MarkInfo } from "@/lib/charts/chart-types";
import type { Measure } from "@/lib/charts/measure";
import type { ChartId } from "../param-codes";

// The data behind one overview chart: its marks as rows, in the order the chart draws them and
// with the columns its table alternative shows, plus the raw numbers, codes and units the text
// cells were made from. Served as JSON, CSV and XLSX by GET /api/v1/datasets/{slug}/charts/{chart}.

export type ChartDataValue = string | number | null;

export interface ChartDataColumn {
  key: string;
  type: "number" | "text";
  description: string;
}

export interface ChartDataTable {
  chart: ChartId;
  title: string;
  subtitle: string;
  source: string;
  columns: ChartDataColumn[];
  /** One array per row, in the columns' order. */
  rows: ChartDataValue[][];
  /** What the chart left out for legibility (the same rows are left out here), and where to see it. */
  caps: ChartCap[];
  notes: string[];
  /** Why the chart draws nothing, when it does not. */
  reason: string | null;
}

/** A column: "number" columns hold numbers only; every other cell is text. */
export const column = (key: string, description: string, type: ChartDataColumn["type"] = "text"): ChartDataColumn => ({ key, type, description });

export const MARK = column("mark", "The mark's identifier in the chart and its table (data-table-row), stable for one view.");
export const UNIT = column("unit", "The unit of `value`: a currency code (ISO 4217, or one the dataset declares) or a unit code. A chart never mixes units.");
export const VALUE_TEXT = column("value_text", "The value as the chart writes it, with its qualifier and unit.");
export const QUALIFIER = column("qualifier", "How the source qualifies the value: exact, approx, at_least, more_than, up_to, range_uncertain…");
export const FLAGS = column("flags", "The figure's flags (codes, ;-separated): doubts about the figure in the source.");
export const FIGURE_KEY = column("figure_key", "The figure's stable key (its page is /figures/<key>); empty for a sum or a part that is no figure.");

/** The code of the unit a measure carries. */
export const measureUnit = (measure: Measure): string => (measure.kind === "unit" ? measure.unit : measure.currency);

export const flagCodes = (info: Pick<MarkInfo, "flags">): string => info.flags.map((flag) => flag.code).join(";");

export type FigureLookup = ReadonlyMap<number, ChartFigure>;

export const keyOf = (figures: FigureLookup, id: number | null): string | null => (id === null ? null : (figures.get(id)?.key ?? null));
