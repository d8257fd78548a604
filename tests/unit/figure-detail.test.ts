import { describe, expect, it } from "vitest";
import { loadConversionRatesFile } from "@/lib/import/dataset/load";
import { CONVERSION_RATES_FILE } from "@/lib/import/dataset/paths";
import { componentShare, summariseShares } from "@/lib/views/figure/component-shares";
import { buildConversionTable } from "@/lib/views/figure/conversion-table";
import { splitPhraseAtValue } from "@/lib/views/figure/phrase-highlight";
import type { RateRow } from "@/lib/vocab/convert";
import { legacyBasis, unitInfoOf } from "../helpers/vocabulary";

const rates: RateRow[] = loadConversionRatesFile(CONVERSION_RATES_FILE);

describe("splitPhraseAtValue", () => {
  it("finds the printed value inside the phrase, keeping the phrase's own text", () => {
    expect(splitPhraseAtValue("granted China a credit of $300 million", "$300 million")).toEqual({
      before: "granted China a credit of ",
      match: "$300 million",
      after: "",
    });
    expect(splitPhraseAtValue("Half of which was for ships", "half")).toEqual({ before: "", match: "Half", after: " of which was for ships" });
  });

  it("returns null when the value is not printed in the phrase", () => {
    expect(splitPhraseAtValue("some words", "1,400")).toBeNull();
    expect(splitPhraseAtValue("some words", " ")).toBeNull();
  });
});

describe("component shares", () => {
  it("divides only values in the same unit", () => {
    expect(componentShare({ value: 300_000_000, unit: "USD", unitInfo: unitInfoOf("USD") }, { value: 150_000_000, unit: "USD", unitInfo: unitInfoOf("USD") })).toEqual({ share: 0.5, reason: null });
    const tons = componentShare({ value: 2_100_000_000, unit: "RUB", unitInfo: unitInfoOf("RUB") }, { value: 5_760_000, unit: "t", unitInfo: unitInfoOf("t") });
    expect(tons.share).toBeNull();
    expect(tons.reason).toMatch(/rubles.*metric tons.*never divided/);
  });

  it("never divides by a zero total", () => {
    expect(componentShare({ value: 0, unit: "t", unitInfo: unitInfoOf("t") }, { value: 5, unit: "t", unitInfo: unitInfoOf("t") }).share).toBeNull();
  });

  it("sums only the comparable shares", () => {
    const total = { value: 110_000_000, unit: "RUB", unitInfo: unitInfoOf("RUB") };
    const parts = [
      { value: 70_000_000, unit: "RUB", unitInfo: unitInfoOf("RUB") },
      { value: 40_000_000, unit: "RUB", unitInfo: unitInfoOf("RUB") },
      { value: 5, unit: "t", unitInfo: unitInfoOf("t") },
    ];
    const summary = summariseShares(total, parts);
    expect(summary.comparable).toBe(2);
    expect(summary.sum).toBeCloseTo(1, 10);
  });
});

describe("buildConversionTable", () => {
  const perUsd = (unit: string) => rates.find((rate) => rate.unit === unit && rate.perUnit === "USD")!.rate;

  it("never converts a non-money figure", () => {
    expect(buildConversionTable({ value: 5_760_000, unit: "t", unitInfo: unitInfoOf("t"), ...legacyBasis(null), periodStart: "1950", periodEnd: "1962" }, rates)).toEqual({
      kind: "not_money",
      unit: "t",
    });
  });

  it("converts unstated rubles under both assumptions, never a silent default", () => {
    const table = buildConversionTable({ value: 1_816_000_000, unit: "RUB", unitInfo: unitInfoOf("RUB"), ...legacyBasis("rub_unstated"), periodStart: null, periodEnd: null }, rates);
    expect(table.kind).toBe("table");
    if (table.kind !== "table") return;
    expect(table.groups.map((group) => group.assumption)).toEqual(["old", "new"]);
    const newToUsd = table.groups[1]!.rows.find((row) => row.target === "usd")!.conversion;
    expect(newToUsd.converted).toBe(true);
    if (newToUsd.converted) {
      expect(newToUsd.value).toBeCloseTo(1_816_000_000 / perUsd("RUB_NEW"), 3);
      expect(newToUsd.assumption).toBe("new");
    }
    // Old to new goes through the dollar: 4.44 old rubles per new ruble, not 10.
    const oldToNew = table.groups[0]!.rows.find((row) => row.target === "rub_new")!.conversion;
    expect(oldToNew.converted).toBe(true);
    if (oldToNew.converted) {
      expect(oldToNew.steps.map((step) => `${step.from}>${step.to}`)).toEqual(["RUB_OLD>USD", "USD>RUB_NEW"]);
      expect(1_816_000_000 / oldToNew.value).toBeCloseTo(perUsd("RUB_OLD") / perUsd("RUB_NEW"), 6);
    }
  });

  it("shows a dollar figure in old and new rubles, and not again in dollars", () => {
    const table = buildConversionTable({ value: 300_000_000, unit: "USD", unitInfo: unitInfoOf("USD"), ...legacyBasis("usd_gold_1950"), periodStart: "1950-02", periodEnd: "1950-02" }, rates);
    expect(table.kind).toBe("table");
    if (table.kind !== "table") return;
    expect(table.groups).toHaveLength(1);
    expect(table.groups[0]!.assumption).toBeNull();
    expect(table.groups[0]!.rows.map((row) => row.target)).toEqual(["rub_old", "rub_new"]);
    for (const row of table.groups[0]!.rows) expect(row.conversion.converted).toBe(true);
  });

  it("says why when no rate exists", () => {
    const table = buildConversionTable({ value: 850_000_000, unit: "MCY", unitInfo: unitInfoOf("MCY"), ...legacyBasis("mcy"), periodStart: "1945", periodEnd: "1945" }, rates);
    expect(table.kind).toBe("unavailable");
    if (table.kind === "unavailable") expect(table.reason).toMatch(/Manchurian yuan/);
  });
});
