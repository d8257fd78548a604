import { datePrecision, partialDateBounds } from "@/lib/schemas/partial-date";
import type { ChartFigure } from "../chart-types";

// Positions on the timeline are fractional years, and dates keep their precision: a year covers the
// whole year, a month the month, a day the day, so a day in October sits in October.

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

/** A stock at a date, or a figure dated to one day, is a point; anything else a span. */
export function isPointFigure(figure: Pick<ChartFigure, "kind" | "period">): boolean {
  if (figure.kind === "stock") return true;
  const { start, end } = figure.period;
  return start !== null && (end === null || end === start) && datePrecision(start) === "day";
}
