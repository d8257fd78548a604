import { describe, expect, it } from "vitest";
import { formatRowRange } from "@/lib/format";
import { flagInfo, kindLabel } from "@/lib/vocab/labels";
import { buildFilterOptions, describeActiveFilters, directionOf, directionPresets } from "@/lib/views/figures/filter-options";
import { figuresView } from "@/lib/views/figures";
import { FLAGS } from "@/lib/vocab";
import { listWordsIn } from "../helpers/translator";
import { unitInfoOf } from "../helpers/vocabulary";

const EN = listWordsIn("en");

const parseFiguresView = figuresView.parse;

const options = buildFilterOptions(
  {
    categories: [{ code: "credits_loans" }],
    units: [{ code: "RUB", label: unitInfoOf("RUB").label }],
    qualifiers: [{ code: "more_than" }],
    flags: [{ code: "date_conflict" }],
    from: [
      { code: "USSR", name: "Soviet Union" },
      { code: "none", name: "No actor" },
    ],
    to: [{ code: "PRC", name: "People's Republic of China" }],
  },
  [
    { key: "friendship", label: "1950–1958" },
    { key: "friendship", label: "1950–1958 (again)" },
  ],
  [{ slug: "s", title: "Set" }],
  EN,
);

describe("direction quick choice", () => {
  // The main directions come from the datasets' metadata: the same sides twice give one pair.
  const presets = directionPresets([{ a: "USSR", b: "PRC" }, undefined, { a: "USSR", b: "PRC" }], EN.t);

  it("names the two main directions and calls every other pair 'other'", () => {
    expect(directionOf({}, presets)).toBe("all");
    expect(directionOf({ from: ["USSR"], to: ["PRC"] }, presets)).toBe("ussr-prc");
    expect(directionOf({ from: ["PRC"], to: ["USSR"] }, presets)).toBe("prc-ussr");
    expect(directionOf({ from: ["USSR"] }, presets)).toBe("other");
    expect(directionOf({ from: ["USSR", "PRC"], to: ["PRC"] }, presets)).toBe("other");
  });

  it("offers every direction, then both directions of each dataset's sides, once", () => {
    expect(presets.map((preset) => preset.id)).toEqual(["all", "ussr-prc", "prc-ussr"]);
    expect(directionPresets([{ a: "USA", b: "FRA" }], EN.t).map((preset) => preset.label)).toEqual(["All directions", "USA → FRA", "FRA → USA"]);
    expect(directionPresets([], EN.t)).toHaveLength(1);
  });
});

describe("filter options and chips", () => {
  it("offers each phase key once", () => {
    expect(options.phases).toEqual([{ value: "friendship", label: "1950–1958" }]);
    expect(options.from.find((option) => option.value === "none")?.label).toBe("No actor named");
  });

  it("describes every active filter in words", () => {
    const { view } = parseFiguresView({ from: "USSR", unit: "RUB", q: "loan", derived: "true", year_from: "1950", flag: "date_conflict" });
    expect(describeActiveFilters(view, options, EN.t)).toEqual([
      { key: "from", label: "From: Soviet Union (USSR)" },
      { key: "unit", label: "Unit: Rubles" },
      { key: "year_from", label: "From year 1950" },
      { key: "q", label: "Search: “loan”" },
      { key: "derived", label: "Derived figures only" },
      { key: "flag", label: "Flag: Date differs from common dating" },
    ]);
  });
});

describe("labels and counts", () => {
  it("counts rows on a page", () => {
    expect(formatRowRange({ offset: 0, shown: 64, total: 64 }, { one: "figure", other: "figures" })).toBe("Showing 1–64 of 64 figures");
    expect(formatRowRange({ offset: 1000, shown: 1, total: 1001 }, { one: "figure", other: "figures" })).toBe("Showing 1,001 of 1,001 figures");
    expect(formatRowRange({ offset: 0, shown: 0, total: 0 }, { one: "figure", other: "figures" })).toBe("No figures");
    expect(formatRowRange({ offset: 200, shown: 0, total: 64 }, { one: "figure", other: "figures" })).toMatch(/No figures on this page/);
  });

  it("explains every flag and keeps unknown codes visible", () => {
    for (const code of Object.keys(FLAGS)) expect(flagInfo(code).explanation).toBe(FLAGS[code as keyof typeof FLAGS].explanation);
    expect(flagInfo("brand_new_flag").label).toBe("brand_new_flag");
    expect(kindLabel("commitment", { short: true })).toBe("Commitment");
  });
});
