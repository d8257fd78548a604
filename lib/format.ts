import { QUALIFIERS, unitInfo, type Qualifier } from "@/lib/vocab";
import { datePrecision, parsePartialDate } from "@/lib/schemas/partial-date";

// All number, unit, qualifier and date formatting lives here, so that tables, tooltips, charts and
// exports say the same thing. Formatting is the last step: data stays numeric until it reaches here.
// Nothing is rounded away: a scaled form ("1.816 billion") is used only when it is exact.

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 20, useGrouping: true });

const SCALES = [
  { factor: 1e12, word: "trillion", short: "tn" },
  { factor: 1e9, word: "billion", short: "bn" },
  { factor: 1e6, word: "million", short: "m" },
] as const;

/** 1816000000 -> "1,816,000,000". */
export function formatNumber(value: number): string {
  return grouped.format(value);
}

/** The value written with a scale word when that is exact: 1816000000 -> "1.816 billion". */
export function formatScaled(value: number, { short = false } = {}): string {
  const magnitude = Math.abs(value);
  for (const scale of SCALES) {
    if (magnitude < scale.factor) continue;
    const scaled = value / scale.factor;
    // Exact when at most 4 decimals reproduce the value; otherwise show every digit.
    const rounded = Math.round(scaled * 1e4) / 1e4;
    if (rounded * scale.factor === value) return `${grouped.format(rounded)}${short ? "" : " "}${short ? scale.short : scale.word}`;
    break;
  }
  return formatNumber(value);
}

export function qualifierWords(qualifier: string): string {
  return QUALIFIERS[qualifier as Qualifier]?.words ?? "";
}

export function qualifierSymbol(qualifier: string): string {
  return QUALIFIERS[qualifier as Qualifier]?.symbol ?? "";
}

/** "rubles", "persons", "t"... how the unit follows a number. */
export function unitSuffix(unit: string, { short = false } = {}): string {
  const info = unitInfo(unit);
  if (!info) return unit;
  if (info.currency) return unit === "USD" ? "" : short ? unit : info.noun;
  return short ? info.symbol : info.noun;
}

export interface ValueParts {
  qualifier: string;
  unit: string;
  value: number;
}

/** A number with its unit: "$300 million", "1.816 billion rubles", "5.76 million metric tons". */
export function formatAmount(value: number, unit: string, { short = false } = {}): string {
  const number = formatScaled(value, { short });
  if (unit === "USD") return `$${number}`;
  const suffix = unitSuffix(unit, { short });
  return suffix ? `${number} ${suffix}` : number;
}

/** The full reading of a figure: "more than 10,000 persons". */
export function formatValue({ qualifier, unit, value }: ValueParts, { short = false } = {}): string {
  const amount = formatAmount(value, unit, { short });
  if (short) {
    const symbol = qualifierSymbol(qualifier);
    return symbol ? `${symbol} ${amount}` : amount;
  }
  const words = qualifierWords(qualifier);
  return words ? `${words} ${amount}` : amount;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1950", "Feb 1950", "14 Feb 1950" — at the precision the date was given. */
export function formatPartialDate(value: string, { long = false } = {}): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const names = long ? MONTHS_LONG : MONTHS;
  if (parsed.month === undefined) return String(parsed.year);
  const month = names[parsed.month - 1];
  if (parsed.day === undefined) return `${month} ${parsed.year}`;
  return `${parsed.day} ${month} ${parsed.year}`;
}

export interface PeriodParts {
  start: string | null;
  end: string | null;
  status: string;
}

/** "1950–1962", "Feb 1950", "by 1973"; "period not stated" when unknown. */
export function formatPeriod({ start, end, status }: PeriodParts): string {
  if (status === "unknown" || start === null) return "period not stated";
  const text = end === null || end === start ? formatPartialDate(start) : formatRange(start, end);
  return status === "inferred" ? `${text} (inferred)` : text;
}

function formatRange(start: string, end: string): string {
  if (datePrecision(start) === "year" && datePrecision(end) === "year") return `${start}–${end}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

export function formatDateRange(date: string, endDate: string | null): string {
  return endDate && endDate !== date ? formatRange(date, endDate) : formatPartialDate(date, { long: true });
}

export function formatDirection(from: string | null, to: string | null): string {
  if (!from && !to) return "—";
  return `${from ?? "—"} → ${to ?? "—"}`;
}

export function formatPercent(share: number): string {
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(share * 100)}%`;
}
