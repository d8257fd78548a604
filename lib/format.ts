import { QUALIFIERS, type Qualifier, type UnitInfo } from "@/lib/vocab";
import { datePrecision, parsePartialDate } from "@/lib/schemas/partial-date";
import { neutraliseText } from "@/lib/security/neutralise-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { FORMAT_WORDS, fill, type FormatWords } from "@/lib/i18n/format-words";
import { fillInflected } from "@/lib/i18n/georgian-case";

// All number, unit, qualifier and date formatting lives here, so that tables, tooltips, charts and
// exports say the same thing. Formatting is the last step: data stays numeric until it reaches here.
// Nothing is rounded away: a scaled form ("1.816 billion") is used only when it is exact.
//
// createFormat(locale) gives the interface's formatting in one language (its words come from the
// `format` and `glossary` messages). The plain exports below are the English one: CSV, API and
// export text stay English whatever the page's language. Server components take a Format from
// getFormat() (lib/i18n/get-format.ts), client components from useFormat() (lib/i18n/use-format.ts).

interface ValueParts {
  qualifier: string;
  unit: string;
  /** The unit's names; a figure DTO carries them. */
  unitInfo?: UnitInfo;
  value: number;
}

interface PeriodParts {
  start: string | null;
  end: string | null;
  status: string;
}

/** Currencies a converted (derived) amount can be in; see lib/vocab/convert.ts. */
export type DerivedCurrency = "USD" | "RUB_OLD" | "RUB_NEW";

export interface Format {
  locale: Locale;
  /** 1816000000 -> "1,816,000,000" (ka: "1 816 000 000"). */
  formatNumber(value: number): string;
  /** The value written with a scale word when that is exact: 1816000000 -> "1.816 billion". */
  formatScaled(value: number, options?: { short?: boolean }): string;
  /** "more than", "about"...; "" for an exact figure. */
  qualifierWords(qualifier: string): string;
  /** A number with its unit: "$300 million", "1.816 billion rubles", "5.76 million metric tons". */
  formatAmount(value: number, unit: string, options?: { short?: boolean; unitInfo?: UnitInfo }): string;
  /** The full reading of a figure: "more than 10,000 persons" (ka: "10 000 ადამიანზე მეტი"). */
  formatValue(parts: ValueParts, options?: { short?: boolean }): string;
  /** "1950", "Feb 1950", "14 Feb 1950" — at the precision the date was given. */
  formatPartialDate(value: string, options?: { long?: boolean }): string;
  /** "1950–1962", "Feb 1950", "by 1973"; "period not stated" when unknown. */
  formatPeriod(parts: PeriodParts): string;
  formatDateRange(date: string, endDate: string | null): string;
  formatDirection(from: string | null, to: string | null): string;
  formatPercent(share: number): string;
  /** A chart label: the qualifier as a symbol, every digit and the unit's short symbol: "> 10,000 persons". */
  formatValueCompact(parts: ValueParts): string;
  /** A value with its qualifier in a derived currency: "more than ≈ $350 million (derived)". */
  formatCurrencyValue(
    parts: { qualifier: string; value: number },
    currency: DerivedCurrency,
    options: { derived: boolean; short?: boolean },
  ): string;
  /** An axis tick: a position on a scale, not a figure, so it may be compact ("300M", "1.5B"). */
  formatTick(value: number): string;
  /** "1950–1963", or one year. */
  formatYearSpan(from: number, to: number): string;
  /** "1 figure", "3 figures" (Georgian keeps the singular after a number: "3 მაჩვენებელი"). */
  formatCount(count: number, singular: string, plural?: string): string;
  /**
   * The row count of a paged table: "Showing 1–100 of 1,234 figures". `offset` is the number of rows
   * before this page and `shown` the rows on it. `noun.one` follows a number, `noun.other` stands alone.
   */
  formatRowRange(rows: { offset: number; shown: number; total: number }, noun: { one: string; other: string }): string;
  /** Text from the data, ready to show (see displayText). */
  displayText(text: string | null | undefined): string;
  /** "2026-11-28 10:23 UTC": audit timestamps, in UTC so that every reader sees the same time. */
  formatTimestamp(iso: string): string;
  /** A stored value of any column, as the history shows it: numbers in full, "—" for none. */
  formatStoredValue(value: unknown): string;
  /** "0.42 s", "12.3 s", "2 min 05 s": how long an import took. */
  formatDuration(seconds: number): string;
}

/**
 * Text from the data, ready to show: bidirectional overrides become visible escapes ("⟨U+202E⟩")
 * and control characters are dropped (lib/security/neutralise-text.ts). React escapes HTML already;
 * wrap every label, note or other free text from the data in this before rendering it.
 */
export function displayText(text: string | null | undefined): string {
  return text == null ? "" : neutraliseText(text);
}

function qualifierSymbol(qualifier: string): string {
  return QUALIFIERS[qualifier as Qualifier]?.symbol ?? "";
}

type NumberPart = Pick<
  Format,
  "formatNumber" | "formatScaled" | "qualifierWords" | "formatAmount" | "formatValue" | "formatValueCompact" | "formatCurrencyValue" | "formatTick" | "formatPercent"
>;

// Digits come from en-US and the language's marks are put in after: a browser may lack a
// language's number data (Debian's Chromium formats `ka` as en-US), and the server and the browser
// must write the same text or React throws the page's server HTML away.
function numberFormatter(words: FormatWords, options: Intl.NumberFormatOptions): { format: (value: number) => string } {
  const base = new Intl.NumberFormat("en-US", options);
  const { group, decimal } = words.separators;
  if (group === "," && decimal === ".") return base;
  return { format: (value) => base.format(value).replace(/[,.]/g, (mark) => (mark === "," ? group : decimal)) };
}

/** An axis tick: Intl's compact notation, or the scale's short words where browsers lack the language. */
function compactFormatter(words: FormatWords): { format: (value: number) => string } {
  if (words.intlCompact) return new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });
  const digits = numberFormatter(words, { maximumSignificantDigits: 3 });
  const steps = [
    { factor: 1e12, word: words.scale.trillionShort },
    { factor: 1e9, word: words.scale.billionShort },
    { factor: 1e6, word: words.scale.millionShort },
    { factor: 1e3, word: words.scale.thousandShort },
  ];
  return {
    format(value) {
      const step = steps.find(({ factor }) => Math.abs(value) >= factor);
      return step ? `${digits.format(value / step.factor)} ${step.word}` : digits.format(value);
    },
  };
}

function numberFormatting(words: FormatWords): NumberPart {
  const grouped = numberFormatter(words, { maximumFractionDigits: 20, useGrouping: true });
  const significant = numberFormatter(words, { maximumSignificantDigits: 4 });
  const compact = compactFormatter(words);
  const percent = numberFormatter(words, { maximumFractionDigits: 1 });
  const scales = [
    { factor: 1e12, word: words.scale.trillion, short: words.scale.trillionShort },
    { factor: 1e9, word: words.scale.billion, short: words.scale.billionShort },
    { factor: 1e6, word: words.scale.million, short: words.scale.millionShort },
  ];
  // English glues the short scale to the number ("300m"); Georgian abbreviations stand apart ("300 მლნ").
  const shortGap = words.pluralAfterNumbers ? "" : " ";
  const formatNumber = (value: number) => grouped.format(value);

  function formatScaled(value: number, { short = false } = {}): string {
    const magnitude = Math.abs(value);
    for (const scale of scales) {
      if (magnitude < scale.factor) continue;
      // Exact when at most 4 decimals reproduce the value; otherwise show every digit.
      const rounded = Math.round((value / scale.factor) * 1e4) / 1e4;
      if (rounded * scale.factor === value) return `${grouped.format(rounded)}${short ? shortGap : " "}${short ? scale.short : scale.word}`;
      break;
    }
    return formatNumber(value);
  }

  // "rubles", "persons", "t"... how the unit follows a number: the language's own name when it has
  // one, else the name that came with the data (UnitInfo), else the code.
  function unitSuffix(unit: string, info: UnitInfo | undefined, { short = false } = {}): string {
    if (unit === "USD") return "";
    const own = words.units[unit];
    if (own) return short ? own.symbol : own.noun;
    if (!info) return unit;
    return short ? info.symbol : info.noun;
  }

  const qualifierWords = (qualifier: string) => (qualifier === "exact" ? "" : (words.qualifierWords[qualifier] ?? ""));
  const qualified = (qualifier: string, amount: string) => {
    const pattern = words.qualifiers[qualifier];
    if (!pattern) return amount;
    return words.inflectsSuffixes ? fillInflected(pattern, amount) : fill(pattern, { amount });
  };
  const withSymbol = (qualifier: string, amount: string) => {
    const symbol = qualifierSymbol(qualifier);
    return symbol ? `${symbol} ${amount}` : amount;
  };

  function formatAmount(value: number, unit: string, { short = false, unitInfo }: { short?: boolean; unitInfo?: UnitInfo } = {}): string {
    const number = formatScaled(value, { short });
    if (unit === "USD") return fill(short ? words.usdShort : words.usd, { number });
    const suffix = unitSuffix(unit, unitInfo, { short });
    return suffix ? `${number} ${suffix}` : number;
  }

  function formatValue({ qualifier, unit, unitInfo, value }: ValueParts, { short = false } = {}): string {
    const amount = formatAmount(value, unit, { short, unitInfo });
    return short ? withSymbol(qualifier, amount) : qualified(qualifier, amount);
  }

  function formatValueCompact({ qualifier, unit, unitInfo, value }: ValueParts): string {
    const number = formatScaled(value);
    const amount = unit === "USD" ? fill(words.usdShort, { number }) : `${number} ${unitSuffix(unit, unitInfo, { short: true })}`.trimEnd();
    return withSymbol(qualifier, amount);
  }

  // A derived (converted) amount is the result of arithmetic on a rate, so it is shown to four
  // significant digits and always prefixed with "≈": 1816000000 / 0.9 -> "≈ $2.018 billion". An
  // amount that was not converted keeps every digit and gets no "≈". `short` only abbreviates the
  // currency name ("old RUB"), never the number.
  function currencyAmount(value: number, currency: DerivedCurrency, { derived, short = false }: { derived: boolean; short?: boolean }): string {
    let number: string;
    if (derived) {
      const scale = scales.find((candidate) => Math.abs(value) >= candidate.factor);
      number = scale ? `${significant.format(value / scale.factor)} ${scale.word}` : significant.format(value);
    } else {
      number = formatScaled(value);
    }
    const amount = currency === "USD" ? fill(words.usd, { number }) : `${number} ${words.currency[short ? (`${currency}Short` as const) : currency]}`;
    return derived ? `≈ ${amount}` : amount;
  }

  function formatCurrencyValue(
    { qualifier, value }: { qualifier: string; value: number },
    currency: DerivedCurrency,
    { derived, short = false }: { derived: boolean; short?: boolean },
  ): string {
    const amount = currencyAmount(value, currency, { derived, short });
    const text = short ? withSymbol(qualifier, amount) : qualified(qualifier, amount);
    return derived ? fill(words.derived, { value: text }) : text;
  }

  return {
    formatNumber,
    formatScaled,
    qualifierWords,
    formatAmount,
    formatValue,
    formatValueCompact,
    formatCurrencyValue,
    formatTick: (value) => compact.format(value),
    formatPercent: (share) => `${percent.format(share * 100)}%`,
  };
}

type DatePart = Pick<Format, "formatPartialDate" | "formatPeriod" | "formatDateRange" | "formatYearSpan">;

function dateFormatting(words: FormatWords): DatePart {
  const months = words.monthNames;

  function formatPartialDate(value: string, { long = false } = {}): string {
    const parsed = parsePartialDate(value);
    if (!parsed) return displayText(value);
    if (parsed.month === undefined) return String(parsed.year);
    const month = (long ? months.long : months.short)[parsed.month - 1]!;
    const year = String(parsed.year);
    if (parsed.day === undefined) return fill(words.date.month, { month, year });
    return fill(words.date.day, { day: String(parsed.day), month, year });
  }

  function formatRange(start: string, end: string): string {
    if (datePrecision(start) === "year" && datePrecision(end) === "year") return `${start}–${end}`;
    return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  }

  function formatPeriod({ start, end, status }: PeriodParts): string {
    if (status === "unknown" || start === null) return words.periodNotStated;
    const text = end === null || end === start ? formatPartialDate(start) : formatRange(start, end);
    return status === "inferred" ? fill(words.periodInferred, { period: text }) : text;
  }

  return {
    formatPartialDate,
    formatPeriod,
    formatDateRange: (date, endDate) => (endDate && endDate !== date ? formatRange(date, endDate) : formatPartialDate(date, { long: true })),
    formatYearSpan: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  };
}

type TextPart = Pick<Format, "formatCount" | "formatRowRange" | "formatStoredValue" | "formatDuration">;

function textFormatting(words: FormatWords, formatNumber: (value: number) => string): TextPart {
  const decimal = (digits: number) => numberFormatter(words, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  const two = decimal(2);
  const one = decimal(1);
  return {
    formatCount: (count, singular, plural = `${singular}s`) =>
      `${formatNumber(count)} ${count === 1 || !words.pluralAfterNumbers ? singular : plural}`,
    formatRowRange({ offset, shown, total }, noun) {
      const word = total === 1 || !words.pluralAfterNumbers ? noun.one : noun.other;
      if (total === 0) return fill(words.rows.none, { nouns: noun.other });
      if (shown === 0) return fill(words.rows.noneOnPage, { nouns: noun.other, total: formatNumber(total) });
      const first = formatNumber(offset + 1);
      const last = formatNumber(offset + shown);
      return fill(words.rows.showing, { range: first === last ? first : `${first}–${last}`, total: formatNumber(total), noun: word });
    },
    formatStoredValue(value) {
      if (value === null || value === undefined || value === "") return "—";
      if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value) : String(value);
      if (typeof value === "boolean") return value ? words.yes : words.no;
      if (typeof value === "string") return displayText(value);
      return displayText(JSON.stringify(value));
    },
    formatDuration(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) return "—";
      if (seconds < 10) return fill(words.duration.seconds, { seconds: two.format(seconds) });
      if (seconds < 60) return fill(words.duration.seconds, { seconds: one.format(seconds) });
      const whole = Math.round(seconds);
      return fill(words.duration.minutes, { minutes: String(Math.floor(whole / 60)), seconds: String(whole % 60).padStart(2, "0") });
    },
  };
}

function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return displayText(iso);
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

const cache = new Map<Locale, Format>();

/** The formatting of one interface language; made once per language. */
export function createFormat(locale: Locale): Format {
  const cached = cache.get(locale);
  if (cached) return cached;
  const words = FORMAT_WORDS[locale];
  const numbers = numberFormatting(words);
  const format: Format = {
    locale,
    ...numbers,
    ...dateFormatting(words),
    ...textFormatting(words, numbers.formatNumber),
    formatDirection: (from, to) => (!from && !to ? "—" : `${from ?? "—"} → ${to ?? "—"}`),
    displayText,
    formatTimestamp,
  };
  cache.set(locale, format);
  return format;
}

// English, for CSV, API and export text, scripts and code not yet given a locale.
export const {
  formatNumber,
  formatScaled,
  formatAmount,
  formatValue,
  formatPartialDate,
  formatPeriod,
  formatDirection,
  formatValueCompact,
  formatCurrencyValue,
  formatRowRange,
  formatStoredValue,
  formatDuration,
} = createFormat(DEFAULT_LOCALE);
export { formatTimestamp };
