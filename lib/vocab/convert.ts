import type { CurrencyView, RubleAssumption } from "./currency-view";
import { partialDateBounds } from "@/lib/schemas/partial-date";
import type { MoneyBasis } from "./basis";
import { isMoney, type UnitInfo } from "./units";

// Opt-in currency conversion through the US dollar, using the reference rates in the database
// (prisma/data/conversion-rates.yaml, from ../shared/REFERENCE.md).
//
// Why through the dollar: in 1961 ten old rubles became one new ruble for prices and wages, but the
// ruble's gold content changed too, so for sums priced in foreign currency one new ruble equalled
// 4.44 old rubles (4.00 / 0.90), not 10. Converting old to new by dividing by 10 would be wrong by
// more than half; going through the dollar (or gold) is right for every pair.
//
// Every result says it is derived and lists each rate used, with its period and source.

export interface RateRow {
  key: string;
  unit: string; // e.g. RUB_OLD: `rate` units of it buy one `perUnit`
  perUnit: string; // e.g. USD
  rate: number;
  validFrom: string;
  validTo: string | null;
  description: string;
  sourceTitle: string;
  sourceUrl: string | null;
}

export interface ConvertibleFigure extends MoneyBasis {
  value: number;
  unit: string;
  unitInfo: Pick<UnitInfo, "label" | "family">;
  periodStart: string | null;
  periodEnd: string | null;
}

interface ConversionStep {
  from: string;
  to: string;
  /** Multiply by this to go from `from` to `to`. */
  factor: number;
  rate: RateRow;
}

/** Why a figure is not converted; the interface words it from its messages (lib/i18n/conversion-words.ts). */
export type NotConvertedCode =
  | "as_printed"
  | "not_money"
  | "basis_unknown"
  | "no_rate_for_unit"
  | "denomination_unstated"
  | "denomination_unknown"
  | "same_currency"
  | "no_rate_for_currency";

export interface NotConverted {
  converted: false;
  code: NotConvertedCode;
  /** no_rate_for_unit: the unit's code and its own (English) label; no_rate_for_currency: the currency. */
  values: { unit?: string; label?: string; currency?: Currency };
  /** The reason in English, as logs and scripts read it. */
  reason: string;
}

export type Conversion =
  | NotConverted
  | {
      converted: true;
      value: number;
      unit: "USD" | "RUB";
      /** The ruble variant the result is in, or USD. */
      currency: "USD" | "RUB_OLD" | "RUB_NEW";
      steps: ConversionStep[];
      /** Set when an unstated ruble basis was read under the visitor's assumption. */
      assumption: "old" | "new" | null;
      /** The derivation in English (steps and assumption above are the same, structured). */
      note: string;
    };

export type Currency = "USD" | "RUB_OLD" | "RUB_NEW";

const TARGET: Record<Exclude<CurrencyView, "original">, Currency> = {
  usd: "USD",
  rub_old: "RUB_OLD",
  rub_new: "RUB_NEW",
};

export const CURRENCY_NAMES: Record<Currency, string> = {
  USD: "US dollars",
  RUB_OLD: "old rubles",
  RUB_NEW: "new rubles",
};

const ENGLISH_REASONS: Record<NotConvertedCode, (values: NotConverted["values"]) => string> = {
  as_printed: () => "shown as printed",
  not_money: () => "only money is converted; other units never turn into money",
  basis_unknown: () => "the currency basis is not recorded",
  no_rate_for_unit: ({ label }) => `no reference rate is available for ${label}`,
  denomination_unstated: () => "the source does not say whether these are old or new rubles; choose an assumption to convert",
  denomination_unknown: () => "the ruble's denomination (old or new) is not recorded",
  same_currency: () => "already in this currency",
  no_rate_for_currency: ({ currency }) => `no reference rate for ${CURRENCY_NAMES[currency!]}`,
};

function notConverted(code: NotConvertedCode, values: NotConverted["values"] = {}): NotConverted {
  return { converted: false, code, values, reason: ENGLISH_REASONS[code](values) };
}

/** Which currency a stored figure is in, or why it cannot be read as one. */
function sourceCurrency(figure: ConvertibleFigure, assumption: RubleAssumption): { currency: Currency; assumed: "old" | "new" | null } | NotConverted {
  if (!isMoney(figure.unitInfo)) return notConverted("not_money");
  if (figure.priceBasis === null) return notConverted("basis_unknown");
  if (figure.unit === "USD") return { currency: "USD", assumed: null };
  if (figure.unit !== "RUB") return notConverted("no_rate_for_unit", { unit: figure.unit, label: figure.unitInfo.label });
  switch (figure.denomination) {
    case "old":
      return { currency: "RUB_OLD", assumed: null };
    case "new":
      return { currency: "RUB_NEW", assumed: null };
    case "not_stated":
      if (assumption === "none") return notConverted("denomination_unstated");
      return { currency: assumption === "old" ? "RUB_OLD" : "RUB_NEW", assumed: assumption };
    default:
      return notConverted("denomination_unknown");
  }
}

/**
 * The date a rate must be valid on: the start of the figure's period, when it has one, or the year
 * of constant prices. Dollars at a gold parity are a quantity of gold, so they convert at the
 * rubles' gold parities (4.00 old rubles, 0.90 new rubles per dollar) whatever the date: the 5.30
 * rate before March 1950 was a dollar rate, not a gold one. That is why the literature gives the
 * $300 million credit of February 1950 (at the 1950 gold parity) as 1.2 billion old rubles.
 */
function referenceDate(figure: ConvertibleFigure): string | null {
  if (figure.priceBasis === "gold_parity") return null;
  if (figure.priceBasis === "constant" && figure.priceYear !== null) return partialDateBounds(String(figure.priceYear)).first;
  return figure.periodStart === null ? null : partialDateBounds(figure.periodStart).first;
}

function covers(rate: RateRow, date: string): boolean {
  const from = partialDateBounds(rate.validFrom).first;
  const to = rate.validTo === null ? "9999-12-31" : partialDateBounds(rate.validTo).last;
  return from <= date && date <= to;
}

/**
 * The rate between a ruble variant and the dollar. Old rubles before 1 March 1950 traded at the
 * pre-reform rate (RUB_PRE1950 is the same currency unit as RUB_OLD, at another dollar rate).
 * Without a date, a ruble variant uses its own era's parity.
 */
function rubleRate(rates: RateRow[], currency: "RUB_OLD" | "RUB_NEW", date: string | null): RateRow | undefined {
  const toUsd = rates.filter((rate) => rate.perUnit === "USD");
  if (currency === "RUB_NEW") return toUsd.find((rate) => rate.unit === "RUB_NEW");
  if (date !== null) {
    const pre = toUsd.find((rate) => rate.unit === "RUB_PRE1950" && covers(rate, date));
    if (pre) return pre;
  }
  return toUsd.find((rate) => rate.unit === "RUB_OLD");
}

export function convertFigure(
  figure: ConvertibleFigure,
  view: CurrencyView,
  assumption: RubleAssumption,
  rates: RateRow[],
): Conversion {
  if (view === "original") return notConverted("as_printed");
  const read = sourceCurrency(figure, assumption);
  if ("converted" in read) return read;
  const target = TARGET[view];
  if (read.currency === target && read.assumed === null) return notConverted("same_currency");

  const date = referenceDate(figure);
  const steps: ConversionStep[] = [];
  let value = figure.value;
  let current: Currency = read.currency;
  if (current !== "USD" && current !== target) {
    const rate = rubleRate(rates, current, date);
    if (!rate) return notConverted("no_rate_for_currency", { currency: current });
    steps.push({ from: current, to: "USD", factor: 1 / rate.rate, rate });
    value = value / rate.rate;
    current = "USD";
  }
  if (current !== target) {
    const rate = rubleRate(rates, target as "RUB_OLD" | "RUB_NEW", date);
    if (!rate) return notConverted("no_rate_for_currency", { currency: target });
    steps.push({ from: "USD", to: target, factor: rate.rate, rate });
    value = value * rate.rate;
    current = target;
  }
  const unit = target === "USD" ? "USD" : "RUB";
  const note = describeSteps(steps, read.assumed);
  return { converted: true, value, unit, currency: target, steps, assumption: read.assumed, note };
}

function describeSteps(steps: ConversionStep[], assumed: "old" | "new" | null): string {
  const parts = steps.map(({ rate }) => {
    const valid = rate.validTo ? `${rate.validFrom} to ${rate.validTo}` : `from ${rate.validFrom}`;
    return `${rate.rate} ${rate.unit.replace("_", " ")} per ${rate.perUnit} (valid ${valid}; ${rate.sourceTitle})`;
  });
  const assumption = assumed ? `Assuming ${assumed} rubles (the source does not say). ` : "";
  return steps.length === 0 ? `${assumption}Same currency; no rate applied.` : `${assumption}Derived via ${parts.join(", then ")}.`;
}
