import { describe, expect, it } from "vitest";
import { valueIn } from "@/lib/charts/measure";
import type { Locale } from "@/lib/i18n/locales";
import { loadConversionRatesFile } from "@/lib/import/dataset/load";
import { CONVERSION_RATES_FILE } from "@/lib/import/dataset/paths";
import { buildConversionTable } from "@/lib/views/figure/conversion-table";
import { localUnitLabel } from "@/lib/views/list/unit-label";
import { convertFigure, type Conversion, type ConvertibleFigure, type NotConvertedCode, type RateRow } from "@/lib/vocab/convert";
import { derivationNote, notConvertedReason, type ConversionWording } from "@/lib/i18n/conversion-words";
import enCharts from "@/messages/en/charts.json";
import enFigure from "@/messages/en/figure.json";
import kaCharts from "@/messages/ka/charts.json";
import kaFigure from "@/messages/ka/figure.json";
import { EN, KA } from "../helpers/chart-words";
import { makeFigure } from "../helpers/chart-fixtures";
import { translator } from "../helpers/translator";
import { legacyBasis, unitInfoOf, type LegacyBasis } from "../helpers/vocabulary";

const rates: RateRow[] = loadConversionRatesFile(CONVERSION_RATES_FILE);

const figure = (unit: string, basis: LegacyBasis | null, periodStart: string | null = "1955"): ConvertibleFigure => ({
  value: 1_816_000_000,
  unit,
  unitInfo: unitInfoOf(unit),
  ...legacyBasis(basis),
  periodStart,
  periodEnd: periodStart,
});

/** The figure page's wording of a conversion, from the "figure" messages of a language. */
function figureWording(locale: Locale): ConversionWording {
  const t = translator(locale, "figure");
  return {
    t: (key, values) => t(`conversion.${key}`, values),
    unitLabel: (code, label) => localUnitLabel(code, label, locale),
    currencyName: (currency) => t(`conversions.currencies.${currency}`),
  };
}

/** One conversion for every reason a figure is not converted. */
const NOT_CONVERTED: Record<NotConvertedCode, () => Conversion> = {
  as_printed: () => convertFigure(figure("RUB", "rub_new"), "original", "none", rates),
  not_money: () => convertFigure(figure("t", null), "usd", "none", rates),
  basis_unknown: () => convertFigure(figure("USD", null), "rub_old", "none", rates),
  no_rate_for_unit: () => convertFigure(figure("MCY", "mcy"), "usd", "none", rates),
  denomination_unstated: () => convertFigure(figure("RUB", "rub_unstated"), "usd", "none", rates),
  denomination_unknown: () => convertFigure(figure("RUB", "usd_unstated"), "usd", "none", rates),
  same_currency: () => convertFigure(figure("RUB", "rub_old"), "rub_old", "none", rates),
  no_rate_for_currency: () => convertFigure(figure("RUB", "rub_old"), "usd", "none", []),
};

const CONVERTED: Conversion[] = [
  convertFigure(figure("RUB", "rub_unstated"), "usd", "new", rates),
  convertFigure(figure("RUB", "rub_old", "1955"), "rub_new", "none", rates),
  convertFigure(figure("USD", "usd_unstated", "1945"), "rub_old", "none", rates),
  convertFigure(figure("RUB", "rub_unstated"), "rub_new", "new", rates),
];

describe("conversion words", () => {
  it("gives each reason a code, and the English messages word it exactly as convert.ts does", () => {
    for (const [code, make] of Object.entries(NOT_CONVERTED)) {
      const conversion = make();
      if (conversion.converted) throw new Error(`${code} converted`);
      expect(conversion.code).toBe(code);
      expect(notConvertedReason(conversion, figureWording("en"))).toBe(conversion.reason);
    }
  });

  it("words the derivation in English exactly as convert.ts's note", () => {
    expect(CONVERTED.map((conversion) => conversion.converted && conversion.steps.length)).toEqual([1, 2, 1, 0]);
    for (const conversion of CONVERTED) {
      if (!conversion.converted) throw new Error(conversion.reason);
      expect(derivationNote(conversion, figureWording("en"))).toBe(conversion.note);
    }
  });

  it("words every reason and derivation in Georgian on the figure page", () => {
    const ka = figureWording("ka");
    const unstated = NOT_CONVERTED.denomination_unstated();
    if (unstated.converted) throw new Error("converted");
    expect(notConvertedReason(unstated, ka)).toBe("წყარო არ ამბობს, ძველი მანეთია ეს თუ ახალი; გადასაანგარიშებლად აირჩიეთ დაშვება");
    const [assumed, oldToNew, , same] = CONVERTED;
    if (!assumed?.converted || !oldToNew?.converted || !same?.converted) throw new Error("not converted");
    const newRate = assumed.steps[0]!.rate;
    expect(derivationNote(assumed, ka)).toBe(
      `დაშვებულია, რომ ეს ახალი მანეთია (წყარო ამას არ აზუსტებს). გამოთვლილია კურსით: 0,9 RUB NEW 1 USD-ზე (მოქმედების ვადა: ${newRate.validFrom}-დან; ${newRate.sourceTitle}).`,
    );
    expect(derivationNote(oldToNew, ka)).toMatch(/^გამოთვლილია კურსით: 4 RUB OLD 1 USD-ზე \(მოქმედების ვადა: 1950-03-01 – 1960-12-31; .*\), შემდეგ 0,9 RUB NEW 1 USD-ზე/);
    expect(derivationNote(same, ka)).toBe("დაშვებულია, რომ ეს ახალი მანეთია (წყარო ამას არ აზუსტებს). ვალუტა იგივეა; კურსი არ გამოიყენება.");
    for (const make of Object.values(NOT_CONVERTED)) {
      const conversion = make();
      if (!conversion.converted) expect(notConvertedReason(conversion, ka)).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("names a unit without a rate in Georgian, and keeps the table's English reason for scripts", () => {
    const table = buildConversionTable(figure("MCY", "mcy", "1945"), rates);
    if (table.kind !== "unavailable") throw new Error(table.kind);
    expect(table.reason).toBe("no reference rate is available for Manchurian yuan");
    expect(notConvertedReason(table.conversion, figureWording("ka"))).toBe(`ერთეულისთვის „${localUnitLabel("MCY", "Manchurian yuan", "ka")}“ საცნობარო კურსი არ არსებობს`);
  });

  it("gives charts the same conversion words as the figure page, in both languages", () => {
    expect(enCharts.conversion).toEqual(enFigure.conversion);
    expect(kaCharts.conversion).toEqual(kaFigure.conversion);
  });

  it("says in Georgian why a chart leaves a figure off its axis, and how it derived one", () => {
    const loan = makeFigure({ value: 1.816e9, unit: "RUB", ...legacyBasis("rub_unstated"), period: { start: null, end: null, status: "unknown" } });
    const usd = { kind: "currency", currency: "USD" } as const;
    const refused = valueIn(loan, usd, { currency: "usd", assume: "none", rates }, KA);
    expect(refused).toEqual({ ok: false, reason: "წყარო არ ამბობს, ძველი მანეთია ეს თუ ახალი; გადასაანგარიშებლად აირჩიეთ დაშვება" });
    const derived = valueIn(loan, usd, { currency: "usd", assume: "new", rates }, KA);
    if (!derived.ok) throw new Error(derived.reason);
    expect(derived.derivedNote).toMatch(/^დაშვებულია, რომ ეს ახალი მანეთია .* გამოთვლილია კურსით: 0,9 RUB NEW 1 USD-ზე/);
    const english = valueIn(loan, usd, { currency: "usd", assume: "new", rates }, EN);
    const direct = convertFigure({ ...figure("RUB", "rub_unstated", null), value: 1.816e9 }, "usd", "new", rates);
    if (!english.ok || !direct.converted) throw new Error("not converted");
    expect(english.derivedNote).toBe(direct.note);
  });
});
