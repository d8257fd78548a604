import { describe, expect, it } from "vitest";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { figureVocabularyIssues } from "@/lib/import/vocabulary-issues";
import { figureEntrySchema } from "@/lib/schemas/dataset-file";
import { basisLabel } from "@/lib/vocab/basis";
import { isoCurrency } from "@/lib/vocab/currencies";
import { convertQuantity, physicalUnit } from "@/lib/vocab/physical-units";
import { declarationIssues, Vocabulary } from "@/lib/vocab/vocabulary";
import { CATEGORY_CODES, familyCode } from "@/lib/vocab";
import { LEGACY_BASES } from "../helpers/vocabulary";

// The open vocabularies: currencies from ISO 4217 (CLDR), physical units from the unit library,
// and what a dataset declares in its metadata.

const file = loadDatasetFile("prisma/data/sino-soviet-1950-1980.yaml");
const shipped = new Vocabulary([file.dataset.meta]);
const bare = new Vocabulary();

describe("currencies", () => {
  it("knows every ISO 4217 code, current or withdrawn, with its name after a number", () => {
    expect(isoCurrency("USD")).toEqual({ label: "US dollars", noun: "US dollars", symbol: "USD", family: "money", familyLabel: "Money" });
    expect(isoCurrency("EUR")?.noun).toBe("euros");
    // Withdrawn currencies a dataset of the 1950s needs.
    expect(isoCurrency("FRF")?.label).toBe("French francs");
    expect(isoCurrency("SUR")?.family).toBe("money");
  });

  it("refuses codes that are not ISO 4217, or not written as ISO writes them", () => {
    expect(isoCurrency("MCY")).toBeUndefined();
    expect(isoCurrency("ABC")).toBeUndefined();
    expect(isoCurrency("usd")).toBeUndefined();
    expect(bare.unit("MCY")).toBeUndefined();
  });

  it("knows a currency the dataset declares, and names an ISO one as the dataset means it", () => {
    expect(shipped.unit("MCY")).toMatchObject({ label: "Manchurian yuan", noun: "Manchurian yuan", family: "money" });
    expect(shipped.unit("RUB")).toMatchObject({ label: "Rubles", noun: "rubles", symbol: "RUB", family: "money" });
    expect(bare.unit("RUB")?.label).toBe("Russian rubles");
  });
});

describe("physical units", () => {
  it("know t, kg, km, mi, km² and sq mi, each in its family, and durations", () => {
    const families = Object.fromEntries(["t", "kg", "km", "mi", "km2", "sq_mi", "years", "months", "days"].map((code) => [code, physicalUnit(code)?.family]));
    expect(families).toEqual({ t: "mass", kg: "mass", km: "length", mi: "length", km2: "area", sq_mi: "area", years: "duration", months: "duration", days: "duration" });
    expect(physicalUnit("t")).toMatchObject({ label: "Metric tons", noun: "metric tons", symbol: "t", familyLabel: "Goods by weight" });
    expect(physicalUnit("km2")?.symbol).toBe("km²");
    expect(physicalUnit("furlongs")).toBeUndefined();
    expect(physicalUnit("persons")).toBeUndefined();
  });

  it("convert within a family on request, saying the factor", () => {
    const area = convertQuantity(400, "sq_mi", "km2");
    expect(area.ok).toBe(true);
    if (area.ok) {
      expect(area.value).toBeCloseTo(400 * 2.589988110336, 9);
      expect(area.note).toMatch(/^Derived: 1 sq_mi = 2\.58998811033/);
    }
    expect(convertQuantity(3, "t", "kg")).toMatchObject({ ok: true, value: 3000 });
    const miles = convertQuantity(1, "mi", "km");
    expect(miles.ok && miles.value).toBeCloseTo(1.609344, 9);
    expect(convertQuantity(2, "days", "hours")).toMatchObject({ ok: true, value: 48 });
  });

  it("never convert across families, into money, or between months and years", () => {
    expect(convertQuantity(1, "t", "km").ok).toBe(false);
    expect(convertQuantity(1, "km2", "km").ok).toBe(false);
    expect(convertQuantity(1, "t", "USD").ok).toBe(false);
    const calendar = convertQuantity(12, "months", "years");
    expect(calendar.ok).toBe(false);
    if (!calendar.ok) expect(calendar.reason).toMatch(/no fixed length/);
    expect(convertQuantity(30, "days", "months").ok).toBe(false);
  });
});

describe("declared counts and categories", () => {
  it("know the dataset's counts, in the group it gives them", () => {
    expect(shipped.unit("persons")).toEqual({ label: "Persons", noun: "persons", symbol: "persons", family: "people", familyLabel: "People" });
    expect(shipped.unit("freight_cars")).toMatchObject({ noun: "freight cars", family: "rolling_stock", familyLabel: "Rolling stock" });
    expect(shipped.unit("railway_lines")?.symbol).toBe("lines");
    expect(bare.unit("persons")).toBeUndefined();
    expect(familyCode("Documents and projects")).toBe("documents_and_projects");
  });

  it("know every unit of the shipped dataset", () => {
    for (const figure of file.figures) expect(shipped.unit(figure.unit), figure.unit).toBeDefined();
  });

  it("serve the core categories to every dataset, and a dataset's own to it", () => {
    expect(CATEGORY_CODES).toHaveLength(20);
    for (const code of ["credits_loans", "diplomacy", "grants", "technical_assistance", "humanitarian_aid", "debt_relief", "budget_support", "trade"])
      expect(bare.categoryLabel(code), code).toBeDefined();
    expect(bare.categoryLabel("technical_assistance")).toBe("Technical assistance");
    const declared = new Vocabulary([{ categories: [{ code: "food_aid", label: "Food aid" }] }]);
    expect(declared.categoryLabel("food_aid")).toBe("Food aid");
    expect(declared.categoryCodes().at(-1)).toBe("food_aid");
    expect(bare.categoryLabel("food_aid")).toBeUndefined();
  });

  it("refuse declarations that would change what a known code means", () => {
    const issues = declarationIssues({
      units: [
        { code: "t", label: "Tractors", noun: "tractors", group: "Machines" },
        { code: "wells", label: "Wells", noun: "wells", group: "Money" },
      ],
      categories: [{ code: "grants", label: "Gifts" }],
    });
    expect(issues.map((issue) => issue.path)).toEqual(["units.0.code", "units.1.group", "categories.0.code"]);
    expect(declarationIssues(file.dataset.meta)).toEqual([]);
  });
});

describe("a figure against the vocabulary", () => {
  const figure = { unit: "USD", category: "grants", priceBasis: "current" };
  it("refuses an unknown unit or category, naming the field", () => {
    expect(figureVocabularyIssues({ ...figure, unit: "furlongs" }, shipped).map((issue) => issue.field)).toEqual(["unit"]);
    expect(figureVocabularyIssues({ ...figure, category: "bribes" }, shipped).map((issue) => [issue.field, issue.code])).toEqual([["category", "unknown_value"]]);
    expect(figureVocabularyIssues(figure, shipped)).toEqual([]);
  });

  it("wants a price basis on money, and only on money", () => {
    expect(figureVocabularyIssues({ ...figure, priceBasis: null }, shipped).map((issue) => issue.field)).toEqual(["priceBasis"]);
    expect(figureVocabularyIssues({ unit: "persons", category: "personnel", priceBasis: "not_stated" }, shipped).map((issue) => issue.field)).toEqual(["priceBasis"]);
  });
});

describe("the money basis", () => {
  it("reads each former code in words that keep its meaning", () => {
    expect(basisLabel("USD", LEGACY_BASES.usd_gold_1950)).toBe("USD at the 1950 gold parity");
    expect(basisLabel("USD", LEGACY_BASES.usd_unstated)).toBe("USD, basis not stated");
    expect(basisLabel("RUB", LEGACY_BASES.rub_unstated)).toBe("RUB, basis not stated, old or new not stated");
    expect(basisLabel("RUB", LEGACY_BASES.rub_old)).toBe("RUB, basis not stated, old (before the 1961 reform)");
    expect(basisLabel("MCY", LEGACY_BASES.mcy)).toBe("MCY, basis not stated");
    expect(basisLabel("t", { priceBasis: null, priceYear: null, denomination: null })).toBeNull();
  });

  it("keeps its parts together: a year for a gold parity or constant prices only, a denomination for rubles only", () => {
    const credit = file.figures.find((figure) => figure.unit === "USD" && figure.priceBasis === "gold_parity")!;
    const paths = (changes: object) => {
      const parsed = figureEntrySchema.safeParse({ ...credit, ...changes });
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
    };
    expect(paths({})).toEqual([]);
    expect(paths({ priceYear: null })).toEqual(["priceYear"]);
    expect(paths({ priceBasis: "current" })).toEqual(["priceYear"]);
    expect(paths({ priceBasis: "constant", priceYear: 1955 })).toEqual([]);
    expect(paths({ denomination: "old" })).toEqual(["denomination"]);
    expect(paths({ priceBasis: "in_gold" })).toEqual(["priceBasis"]);
  });
});
