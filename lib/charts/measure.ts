import type { DerivedCurrency } from "@/lib/format";
import { convertFigure, type RateRow } from "@/lib/vocab/convert";
import { derivationNote, notConvertedReason, type ConversionWording } from "@/lib/i18n/conversion-words";
import type { CurrencyView, RubleAssumption } from "@/lib/vocab/currency-view";
import { isMoney, type UnitInfo } from "@/lib/vocab";
import type { ChartFigure } from "./chart-types";
import type { ChartWords } from "./words";

// What one chart axis carries: one unit as printed, or one currency that money is converted into.
// An axis never carries two units. Tons never become money, and a count of people never meets a
// count of documents: a figure in another unit is simply not on the axis. A unit comes with its
// names and family (UnitInfo, resolved by the server), so nothing here looks a unit up.

export type Measure = { kind: "unit"; unit: string; info: UnitInfo } | { kind: "currency"; currency: DerivedCurrency };

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

export type Valuation = ({ ok: true } & Valued) | { ok: false; reason: string };

/** The axis of one figure's own unit. */
export function unitMeasure(figure: Pick<ChartFigure, "unit" | "unitInfo">): Measure {
  return { kind: "unit", unit: figure.unit, info: figure.unitInfo };
}

export function measureLabel(measure: Measure, { t, unit }: Pick<ChartWords, "t" | "unit">): string {
  if (measure.kind === "currency") return t("measure.converted", { currency: t(`currency.${measure.currency}`) });
  return unit(measure.unit, measure.info).label;
}

/** The unit noun for sentences: "square kilometres", "US dollars". */
export function measureNoun(measure: Measure, { t, unit }: Pick<ChartWords, "t" | "unit">): string {
  if (measure.kind === "currency") return t(`currency.${measure.currency}`);
  return unit(measure.unit, measure.info).noun;
}

/** The figure's value on this measure's axis, or why it is not on it. */
export function valueIn(figure: ChartFigure, measure: Measure, context: ConversionContext, { t, unit }: Pick<ChartWords, "t" | "unit">): Valuation {
  if (measure.kind === "unit") {
    return figure.unit === measure.unit
      ? { ok: true, value: figure.value, derived: false, derivedNote: null }
      : { ok: false, reason: t("measure.otherUnit", { unit: unit(figure.unit, figure.unitInfo).noun, axis: measureNoun(measure, { t, unit }) }) };
  }
  if (!isMoney(figure.unitInfo)) return { ok: false, reason: t("measure.notMoney") };
  const view = (Object.keys(VIEW_CURRENCY) as (keyof typeof VIEW_CURRENCY)[]).find((key) => VIEW_CURRENCY[key] === measure.currency)!;
  const conversion = convertFigure(
    {
      value: figure.value,
      unit: figure.unit,
      unitInfo: figure.unitInfo,
      priceBasis: figure.priceBasis,
      priceYear: figure.priceYear,
      denomination: figure.denomination,
      periodStart: figure.period.start,
      periodEnd: figure.period.end,
    },
    view,
    context.assume,
    context.rates,
  );
  const wording = conversionWording({ t, unit });
  if (conversion.converted) return { ok: true, value: conversion.value, derived: true, derivedNote: derivationNote(conversion, wording) };
  if (conversion.code === "same_currency") return { ok: true, value: figure.value, derived: false, derivedNote: null };
  return { ok: false, reason: notConvertedReason(conversion, wording) };
}

/** The charts' words for a conversion: its `conversion` messages, and units and currencies as the charts name them. */
function conversionWording({ t, unit }: Pick<ChartWords, "t" | "unit">): ConversionWording {
  return {
    t: (key, values) => t(`conversion.${key}`, values),
    unitLabel: (code, label) => unit(code, { label, noun: label }).label,
    currencyName: (currency) => t(`currency.${currency}`),
  };
}

/** A value on a measure with its qualifier: "more than 10,000 persons", "≈ $2.018 billion (derived)". */
export function formatMeasured(
  value: number,
  qualifier: string,
  measure: Measure,
  { derived, short = false }: { derived: boolean; short?: boolean },
  { fmt }: ChartWords,
): string {
  if (measure.kind === "unit") {
    const parts = { qualifier, unit: measure.unit, unitInfo: measure.info, value };
    return short ? fmt.formatValueCompact(parts) : fmt.formatValue(parts);
  }
  return fmt.formatCurrencyValue({ qualifier, value }, measure.currency, { derived, short });
}
