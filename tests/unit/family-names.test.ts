import { describe, expect, it } from "vitest";
import { classifyFigures } from "@/lib/charts/flows";
import { resolveLedgerSelection } from "@/lib/charts/ledger/selection";
import { withFamilyNames } from "@/lib/charts/words";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";
import { datasetMetaSchema } from "@/lib/schemas/dataset-meta";
import { BUILT_IN_FAMILIES, familyCode } from "@/lib/vocab/units";
import { declarationIssues } from "@/lib/vocab/vocabulary";
import enCharts from "@/messages/en/charts.json";
import kaCharts from "@/messages/ka/charts.json";
import { datasetChartInput, SIDES } from "../helpers/chart-fixtures";
import { EN, KA } from "../helpers/chart-words";
import { chartWordsFrom } from "@/lib/views/overview/chart-words";
import enFormat from "@/messages/en/format.json";
import enGlossary from "@/messages/en/glossary.json";
import enVocab from "@/messages/en/vocab.json";
import kaFormat from "@/messages/ka/format.json";
import kaGlossary from "@/messages/ka/glossary.json";
import kaVocab from "@/messages/ka/vocab.json";

// A dataset's unit families are named in another language by the dataset (meta.familyNames, flagged
// as translations), the way its actors are; the interface's messages name only the built-in families.

const meta = loadDatasetFile(DATASET_FILES[0]!).dataset.meta;
const bareKa = chartWordsFrom("ka", { charts: kaCharts, glossary: kaGlossary, vocab: kaVocab, format: kaFormat });
const bareEn = chartWordsFrom("en", { charts: enCharts, glossary: enGlossary, vocab: enVocab, format: enFormat });

describe("family names", () => {
  it("are the built-in families' only in the messages, in both languages", () => {
    const builtIn = Object.keys(BUILT_IN_FAMILIES).sort();
    expect(Object.keys(enCharts.families).sort()).toEqual(builtIn);
    expect(Object.keys(kaCharts.families).sort()).toEqual(builtIn);
  });

  it("are given by the shipped dataset, in Georgian and flagged as translations, for every group it declares", () => {
    const groups = [...new Set((meta.units ?? []).map((unit) => familyCode(unit.group)))].sort();
    expect(groups.length).toBeGreaterThan(1);
    expect(Object.keys(meta.familyNames ?? {}).sort()).toEqual(groups);
    for (const names of Object.values(meta.familyNames ?? {})) {
      expect(names.ka?.name).toMatch(/^[\u10D0-\u10FF ]+$/);
      expect(names.ka?.translated).toBe(true);
    }
  });

  it("take the dataset's name on a Georgian page, the built-in name or its own otherwise", () => {
    const words = withFamilyNames(bareKa, { rolling_stock: { ka: { name: "მოძრავი შემადგენლობა", translated: true } } });
    expect(words.family("rolling_stock", "Rolling stock")).toBe("მოძრავი შემადგენლობა");
    expect(words.family("money", "Money")).toBe("ფული");
    expect(words.family("ships", "Ships")).toBe("Ships");
    expect(bareKa.family("rolling_stock", "Rolling stock")).toBe("Rolling stock");
    expect(withFamilyNames(bareEn, meta.familyNames)).toBe(bareEn);
    expect(EN.family("rolling_stock", "Rolling stock")).toBe("Rolling stock");
  });

  it("name the ledger's family options of the shipped dataset in Georgian", () => {
    const input = datasetChartInput();
    const options = resolveLedgerSelection(classifyFigures(input.figures, SIDES), { family: "rolling_stock", currency: "original" }, KA).familyOptions;
    expect(options.find((option) => option.family === "rolling_stock")?.label).toBe("მოძრავი შემადგენლობა");
    const bare = resolveLedgerSelection(classifyFigures(input.figures, SIDES), { family: "rolling_stock", currency: "original" }, bareKa).familyOptions;
    expect(bare.find((option) => option.family === "rolling_stock")?.label).toBe("Rolling stock");
  });

  it("must name a family one of the dataset's unit groups becomes", () => {
    const units = [{ code: "wagons", label: "Wagons", noun: "wagons", group: "Rolling stock" }];
    const named = (code: string) => ({ [code]: { ka: { name: "სახელი", translated: true } } });
    expect(declarationIssues({ units, familyNames: named("rolling_stock") })).toEqual([]);
    expect(declarationIssues({ units, familyNames: named("people") })).toEqual([
      { path: "familyNames.people", message: expect.stringContaining('"people" is not the family of any unit group declared here') },
    ]);
    expect(declarationIssues(meta)).toEqual([]);
  });

  it("refuse a key that is not a family code", () => {
    const named = (code: string) => datasetMetaSchema.safeParse({ familyNames: { [code]: { ka: { name: "სახელი", translated: true } } } }).success;
    expect(named("rolling_stock")).toBe(true);
    expect(named("Rolling stock")).toBe(false);
    expect(named("_x")).toBe(false);
    expect(datasetMetaSchema.safeParse({ familyNames: { people: { ka: { name: "ადამიანები" } } } }).success).toBe(false);
  });
});
