import { QUALIFIERS, type Qualifier, type UnitInfo } from "@/lib/vocab";
import { datePrecision, parsePartialDate } from "@/lib/schemas/partial-date";
import { neutraliseText } from "@/lib/security/neutralise-text";

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

function qualifierSymbol(qualifier: string): string {
  return QUALIFIERS[qualifier as Qualifier]?.symbol ?? "";
}

/**
 * "rubles", "persons", "t"... how the unit follows a number. The unit's names come with the data
 * (UnitInfo, resolved by the server); without them the code stands in.
 */
function unitSuffix(unit: string, info: UnitInfo | undefined, { short = false } = {}): string {
  if (unit === "USD") return "";
  if (!info) return unit;
  return short ? info.symbol : info.noun;
}

export interface ValueParts {
  qualifier: string;
  unit: string;
  /** The unit's names; a figure DTO carries them. */
  unitInfo?: UnitInfo;
  value: number;
}

/** A number with its unit: "$300 million", "1.816 billion rubles", "5.76 million metric tons". */
export function formatAmount(value: number, unit: string, { short = false, unitInfo }: { short?: boolean; unitInfo?: UnitInfo } = {}): string {
  const number = formatScaled(value, { short });
  if (unit === "USD") return `$${number}`;
  const suffix = unitSuffix(unit, unitInfo, { short });
  return suffix ? `${number} ${suffix}` : number;
}

/** The full reading of a figure: "more than 10,000 persons". */
export function formatValue({ qualifier, unit, unitInfo, value }: ValueParts, { short = false } = {}): string {
  const amount = formatAmount(value, unit, { short, unitInfo });
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
  if (!parsed) return displayText(value);
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

// --- Converted amounts and chart axes ------------------------------------------------------------

/** Currencies a converted (derived) amount can be in; see lib/vocab/convert.ts. */
export type DerivedCurrency = "USD" | "RUB_OLD" | "RUB_NEW";

const CURRENCY_WORDS: Record<DerivedCurrency, string> = { USD: "", RUB_OLD: "old rubles", RUB_NEW: "new rubles" };
const CURRENCY_SHORT: Record<DerivedCurrency, string> = { USD: "", RUB_OLD: "old RUB", RUB_NEW: "new RUB" };
const significant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

/**
 * A value for a chart label: the qualifier as a symbol, every digit (scale words only when exact)
 * and the unit's short symbol: "> 10,000 persons", "9 million t", "≈ 150 projects".
 */
export function formatValueCompact({ qualifier, unit, unitInfo, value }: ValueParts): string {
  const number = formatScaled(value);
  const amount = unit === "USD" ? `$${number}` : `${number} ${unitSuffix(unit, unitInfo, { short: true })}`.trimEnd();
  const symbol = qualifierSymbol(qualifier);
  return symbol ? `${symbol} ${amount}` : amount;
}

/**
 * A derived (converted) amount. It is the result of arithmetic on a rate, so it is shown to four
 * significant digits and always prefixed with "≈": 1816000000 / 0.9 -> "≈ $2.018 billion".
 * An amount that was not converted (already in the currency) keeps every digit and gets no "≈".
 * `short` only abbreviates the currency name ("old RUB"), never the number.
 */
function formatCurrencyAmount(
  value: number,
  currency: DerivedCurrency,
  { derived, short = false }: { derived: boolean; short?: boolean },
): string {
  let number: string;
  if (derived) {
    const magnitude = Math.abs(value);
    const scale = SCALES.find((candidate) => magnitude >= candidate.factor);
    number = scale ? `${significant.format(value / scale.factor)} ${scale.word}` : significant.format(value);
  } else {
    number = formatScaled(value);
  }
  const amount = currency === "USD" ? `$${number}` : `${number} ${(short ? CURRENCY_SHORT : CURRENCY_WORDS)[currency]}`;
  return derived ? `≈ ${amount}` : amount;
}

/** A value with its qualifier in a derived currency: "more than ≈ $350 million (derived)". */
export function formatCurrencyValue(
  { qualifier, value }: { qualifier: string; value: number },
  currency: DerivedCurrency,
  { derived, short = false }: { derived: boolean; short?: boolean },
): string {
  const amount = formatCurrencyAmount(value, currency, { derived, short });
  const prefix = short ? qualifierSymbol(qualifier) : qualifierWords(qualifier);
  const text = prefix ? `${prefix} ${amount}` : amount;
  return derived ? `${text} (derived)` : text;
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });

/** An axis tick: a position on a scale, not a figure, so it may be compact ("300M", "1.5B"). */
export function formatTick(value: number): string {
  return compact.format(value);
}

/** "1950–1963", or one year. */
export function formatYearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** "1 figure", "3 figures". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/**
 * The row count of a paged table: "Showing 1–100 of 1,234 figures". `offset` is the number of rows
 * before this page and `shown` the rows on it.
 */
export function formatRowRange(
  { offset, shown, total }: { offset: number; shown: number; total: number },
  noun: { one: string; other: string },
): string {
  const word = total === 1 ? noun.one : noun.other;
  if (total === 0) return `No ${noun.other}`;
  if (shown === 0) return `No ${noun.other} on this page (${formatNumber(total)} in all)`;
  const first = formatNumber(offset + 1);
  const last = formatNumber(offset + shown);
  return `Showing ${first === last ? first : `${first}–${last}`} of ${formatNumber(total)} ${word}`;
}

/**
 * Text from the data, ready to show: bidirectional overrides become visible escapes ("⟨U+202E⟩")
 * and control characters are dropped (lib/security/neutralise-text.ts). React escapes HTML already;
 * wrap every label, note or other free text from the data in this before rendering it.
 */
export function displayText(text: string | null | undefined): string {
  return text == null ? "" : neutraliseText(text);
}

/** "2026-11-28 10:23 UTC": audit timestamps, in UTC so that every reader sees the same time. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return displayText(iso);
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

/** A stored value of any column, as the history shows it: numbers in full, "—" for none. */
export function formatStoredValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value) : String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return displayText(value);
  return displayText(JSON.stringify(value));
}

/** "0.42 s", "12.3 s", "2 min 05 s": how long an import took. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}
