import { formatCurrencyValue, formatValue, formatValueCompact, type DerivedCurrency } from "@/lib/format";
import { convertFigure, CURRENCY_NAMES, type RateRow } from "@/lib/vocab/convert";
import type { CurrencyView, RubleAssumption } from "@/lib/vocab/currency-view";
import { unitInfo, type UnitFamily } from "@/lib/vocab";
import type { ChartFigure } from "./chart-types";

// What one chart axis carries: one unit as printed, or one currency that money is converted into.
// An axis never carries two units. Tons never become money, and a count of people never meets a
// count of documents: a figure in another unit is simply not on the axis.

export type Measure = { kind: "unit"; unit: string } | { kind: "currency"; currency: DerivedCurrency };

export const VIEW_CURRENCY: Record<Exclude<CurrencyView, "original">, DerivedCurrency> = {
  usd: "USD",
  rub_old: "RUB_OLD",
  rub_new: "RUB_NEW",
};

export interface ConversionContext {
  currency: CurrencyView;
  assume: RubleAssumption;
  rates: RateRow[];
}

export interface Valued {
  value: number;
  derived: boolean;
  /** Rate(s), date(s), source(s) and assumption in words, when derived. */
  derivedNote: string | null;
}

/** The families the flow charts offer by default: the kinds of things states give each other. */
export const FLOW_FAMILIES: readonly UnitFamily[] = ["money", "people", "mass", "documents_projects"];

export type Valuation = ({ ok: true } & Valued) | { ok: false; reason: string };

export function familyOfUnit(unit: string): UnitFamily | null {
  return unitInfo(unit)?.family ?? null;
}

export function measureLabel(measure: Measure): string {
  if (measure.kind === "currency") return `${CURRENCY_NAMES[measure.currency]} (converted)`;
  return unitInfo(measure.unit)?.label ?? measure.unit;
}

/** The unit noun for sentences: "square kilometres", "US dollars". */
export function measureNoun(measure: Measure): string {
  if (measure.kind === "currency") return CURRENCY_NAMES[measure.currency];
  return unitInfo(measure.unit)?.noun ?? measure.unit;
}

/** The figure's value on this measure's axis, or why it is not on it. */
export function valueIn(figure: ChartFigure, measure: Measure, context: ConversionContext): Valuation {
  if (measure.kind === "unit") {
    return figure.unit === measure.unit
      ? { ok: true, value: figure.value, derived: false, derivedNote: null }
      : { ok: false, reason: `in ${unitInfo(figure.unit)?.noun ?? figure.unit}, not ${unitInfo(measure.unit)?.noun ?? measure.unit}` };
  }
  if (!unitInfo(figure.unit)?.currency) return { ok: false, reason: "not money; other units never turn into money" };
  const view = (Object.keys(VIEW_CURRENCY) as (keyof typeof VIEW_CURRENCY)[]).find((key) => VIEW_CURRENCY[key] === measure.currency)!;
  const conversion = convertFigure(
    { value: figure.value, unit: figure.unit, currencyBasis: figure.currencyBasis, periodStart: figure.period.start, periodEnd: figure.period.end },
    view,
    context.assume,
    context.rates,
  );
  if (conversion.converted) return { ok: true, value: conversion.value, derived: true, derivedNote: conversion.note };
  if (conversion.reason === "already in this currency") return { ok: true, value: figure.value, derived: false, derivedNote: null };
  return { ok: false, reason: conversion.reason };
}

/** A value on a measure with its qualifier: "more than 10,000 persons", "≈ $2.018 billion (derived)". */
export function formatMeasured(
  value: number,
  qualifier: string,
  measure: Measure,
  { derived, short = false }: { derived: boolean; short?: boolean },
): string {
  if (measure.kind === "unit") {
    return short ? formatValueCompact({ qualifier, unit: measure.unit, value }) : formatValue({ qualifier, unit: measure.unit, value });
  }
  return formatCurrencyValue({ qualifier, value }, measure.currency, { derived, short });
}
