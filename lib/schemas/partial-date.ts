// ISO 8601 partial dates: "1950", "1950-02" or "1950-02-14". The length is the precision, so a
// year stays a year and is never padded to 1 January. Free of zod on purpose: lib/format.ts uses
// it in the browser, and the first-load JavaScript has a budget (scripts/check-bundle-budget.ts);
// the zod schema lives with the dataset file schema that uses it.
export type DatePrecision = "year" | "month" | "day";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

export function parsePartialDate(value: string): { year: number; month?: number; day?: number } | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

export function datePrecision(value: string): DatePrecision {
  return value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
}

/** The first and last day a partial date can mean, for ordering a start against an end. */
export function partialDateBounds(value: string): { first: string; last: string } {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`not a partial date: ${value}`);
  const { year, month, day } = parsed;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (day === undefined) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(lastDay)}` };
  }
  return { first: value, last: value };
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** True when a period that starts at `start` can end at `end` (same day allowed). */
export function isOrderedPeriod(start: string, end: string): boolean {
  return partialDateBounds(start).first <= partialDateBounds(end).last;
}
