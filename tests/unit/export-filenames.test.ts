import { describe, expect, it } from "vitest";
import { boundedJoin, csvFilename, describeFilters, safeSlug } from "@/lib/export/csv/filename";
import { chartFileName, overviewSettings } from "@/lib/export/file-names";

// File names say what the file holds: dataset, what rows or which chart, the filters or view
// settings, the day; only safe characters, and a bounded length.

const date = new Date("2026-11-28T12:00:00Z");

describe("CSV file names", () => {
  it("read the direction as a phrase", () => {
    expect(csvFilename({ dataset: "sino-soviet-1950-1980", entity: "figures", filters: [["from", ["USSR"]], ["to", ["PRC"]]], date })).toBe(
      "aidflow-sino-soviet-1950-1980-figures-ussr-to-prc-2026-11-28.csv",
    );
    expect(describeFilters([["from", ["PRC"]]])).toBe("from-prc");
    expect(describeFilters([["to", ["USSR", "none"]]])).toBe("to-ussr-none");
  });

  it("name every filter, sanitised, and leave out absent ones", () => {
    const name = csvFilename({
      dataset: "sino-soviet-1950-1980",
      entity: "figures",
      filters: [["from", undefined], ["category", ["commodity_exports"]], ["unit", ["t"]], ["q", "Soybeans & “rice”/../"], ["year_from", 1950]],
      date,
    });
    expect(name).toBe("aidflow-sino-soviet-1950-1980-figures-category-commodity_exports_unit-t_q-soybeans-rice_year_from-1950-2026-11-28.csv");
    expect(name).toMatch(/^[a-z0-9_.-]+$/);
  });

  it("stay bounded, cut at a separator", () => {
    const long = describeFilters([["q", "word ".repeat(60)], ["category", ["credits_loans", "personnel", "seizures"]]]);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/[-_]$/);
    expect(boundedJoin(["abc-def", "ghi"], 9)).toBe("abc-def");
  });

  it("drop what cannot be written safely (non-Latin search words)", () => {
    expect(safeSlug("Хлеб 粮食")).toBe("");
    expect(safeSlug("Łódź café")).toBe("lodz-cafe");
    expect(csvFilename({ dataset: undefined, entity: "events", filters: [["q", "Хлеб"]], date, extension: "json" })).toBe("aidflow-all-events-q-2026-11-28.json");
  });
});

describe("chart image file names", () => {
  it("name the dataset, the chart, the view settings, the day and the size", () => {
    const params = new URLSearchParams("family=money&unit=RUB&currency=usd&assume=old&view_ledger=table");
    expect(chartFileName({ dataset: "sino-soviet-1950-1980", chart: "ledger", settings: overviewSettings(params, "ledger"), size: { width: 1600, height: 900 }, extension: "png", date })).toBe(
      "aidflow-sino-soviet-1950-1980-ledger-family-money_unit-rub_currency-usd_assume-old-2026-11-28-1600x900.png",
    );
  });

  it("leave out defaults and settings of other charts, and mark dark exports", () => {
    const params = new URLSearchParams("currency=original&assume=none&goods_scale=linear&family=people");
    expect(overviewSettings(params, "goods")).toEqual([["scale", "linear"]]);
    expect(overviewSettings(params, "people")).toEqual([]);
    expect(chartFileName({ dataset: "d", chart: "people", settings: [], size: null, extension: "svg", theme: "dark", date })).toBe("aidflow-d-people-2026-11-28-dark.svg");
  });
});
