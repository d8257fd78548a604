import { describe, expect, it } from "vitest";
import { convertFigure, type RateRow } from "@/lib/vocab/convert";
import { loadConversionRatesFile } from "@/lib/import/dataset/load";
import { CONVERSION_RATES_FILE } from "@/lib/import/dataset/paths";
import { legacyBasis, unitInfoOf, type LegacyBasis } from "../helpers/vocabulary";

const rates: RateRow[] = loadConversionRatesFile(CONVERSION_RATES_FILE);
const perUsd = (unit: string) => rates.find((rate) => rate.unit === unit && rate.perUnit === "USD")!.rate;

const rubles = (basis: LegacyBasis, value = 1_816_000_000, periodStart: string | null = null) => ({
  value,
  unit: "RUB",
  unitInfo: unitInfoOf("RUB"),
  ...legacyBasis(basis),
  periodStart,
  periodEnd: periodStart,
});

describe("convertFigure", () => {
  it("never converts unless asked", () => {
    expect(convertFigure(rubles("rub_new"), "original", "new", rates).converted).toBe(false);
  });

  it("refuses unstated rubles until an assumption is chosen", () => {
    const result = convertFigure(rubles("rub_unstated"), "usd", "none", rates);
    expect(result.converted).toBe(false);
    if (!result.converted) expect(result.reason).toMatch(/old or new/);
  });

  it("converts old to new rubles through the dollar, not by dividing by 10", () => {
    const result = convertFigure(rubles("rub_old", 4_000_000_000, "1955"), "rub_new", "none", rates);
    expect(result.converted).toBe(true);
    if (!result.converted) return;
    const expected = (4_000_000_000 / perUsd("RUB_OLD")) * perUsd("RUB_NEW");
    expect(result.value).toBeCloseTo(expected, 3);
    expect(result.value).not.toBeCloseTo(4_000_000_000 / 10, 0);
    // 1 new ruble is worth 4.44 old rubles for foreign-currency sums.
    expect(4_000_000_000 / result.value).toBeCloseTo(4.44, 2);
    expect(result.steps.map((step) => `${step.from}>${step.to}`)).toEqual(["RUB_OLD>USD", "USD>RUB_NEW"]);
  });

  it("marks the assumption and names every rate with its source", () => {
    const result = convertFigure(rubles("rub_unstated"), "usd", "new", rates);
    expect(result.converted).toBe(true);
    if (!result.converted) return;
    expect(result.assumption).toBe("new");
    expect(result.value).toBeCloseTo(1_816_000_000 / perUsd("RUB_NEW"), 3);
    expect(result.note).toMatch(/Assuming new rubles/);
    for (const step of result.steps) expect(step.rate.sourceTitle.length).toBeGreaterThan(0);
  });

  it("uses the pre-1950 rate for rubles dated before March 1950", () => {
    const pre = rates.find((rate) => rate.unit === "RUB_PRE1950");
    expect(pre).toBeDefined();
    const result = convertFigure({ value: 2e9, unit: "USD", unitInfo: unitInfoOf("USD"), ...legacyBasis("usd_unstated"), periodStart: "1945", periodEnd: "1945" }, "rub_old", "none", rates);
    expect(result.converted).toBe(true);
    if (result.converted) expect(result.value).toBeCloseTo(2e9 * pre!.rate, 0);
  });

  it("converts gold-parity dollars at the rubles' gold parity, whatever the date", () => {
    const credit = { value: 300e6, unit: "USD", unitInfo: unitInfoOf("USD"), ...legacyBasis("usd_gold_1950"), periodStart: "1950-02", periodEnd: "1950-02" };
    const result = convertFigure(credit, "rub_old", "none", rates);
    expect(result.converted).toBe(true);
    // REFERENCE.md: Chinese archive-based tables give the credit as $300M x 4 old rubles.
    if (result.converted) expect(result.value).toBeCloseTo(300e6 * perUsd("RUB_OLD"), 0);
  });

  it("never turns tons or people into money, and has no rate for Manchurian yuan", () => {
    expect(convertFigure({ value: 7730, unit: "t", unitInfo: unitInfoOf("t"), ...legacyBasis(null), periodStart: "1950", periodEnd: "1962" }, "usd", "old", rates).converted).toBe(false);
    expect(convertFigure({ value: 850e6, unit: "MCY", unitInfo: unitInfoOf("MCY"), ...legacyBasis("mcy"), periodStart: "1945", periodEnd: "1945" }, "usd", "old", rates).converted).toBe(false);
  });
});
