import { describe, expect, it } from "vitest";
import { barListSummary } from "@/lib/charts/bar-list/bar-list-summary";
import { summarize } from "@/lib/charts/chart-summary";
import { shapeOverview, type OverviewRequest } from "@/lib/charts/overview";
import { formatMeasured, unitMeasure } from "@/lib/charts/measure";
import { datasetChartInput, makeEvent, makeFigure, SIDES } from "../helpers/chart-fixtures";
import { shapeTimeline } from "@/lib/charts/timeline/timeline";
import { timelineSummary } from "@/lib/charts/timeline/timeline-summary";
import { EN } from "../helpers/chart-words";

const DEFAULT: OverviewRequest = { currency: "original", assume: "none" };

describe("summarize", () => {
  it("says what, when, and the three largest values with their details", () => {
    const items = [
      { label: "Steel", valueText: "more than 4,000 t", detail: "USSR → PRC" },
      { label: "Grain", valueText: "about 3,000 t" },
      { label: "Oil", valueText: "2,000 t" },
      { label: "Tea", valueText: "1 t" },
    ];
    const text = summarize("Goods", "1950–1962", items, EN);
    expect(text).toBe("Goods, 1950–1962. Largest: Steel, more than 4,000 t (USSR → PRC); Grain, about 3,000 t; Oil, 2,000 t.");
  });
});

describe("every overview chart of the bundled dataset has a summary", () => {
  const view = shapeOverview(datasetChartInput(), DEFAULT, EN);
  const charts = { ledger: view.ledger, flow: view.sankey, counterparts: view.counterparts, timeline: view.timeline, goods: view.goods, people: view.people };

  it.each(Object.entries(charts))("%s: names its period and its largest value with qualifier and unit", (_, chart) => {
    expect(chart.ok).toBe(true);
    expect(chart.summary).toMatch(/\d{4}/);
    expect(chart.summary.length).toBeGreaterThan(60);
  });

  it("the ledger's summary leads with its largest bar's value as drawn", () => {
    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    const rows = view.ledger.data.groups.flatMap((group) => group.rows);
    const top = [...rows].sort((a, b) => b.extent - a.extent)[0]!;
    expect(view.ledger.summary).toContain(`Largest: ${top.label}, ${top.valueText}`);
  });
});

describe("chart summaries from synthetic data", () => {
  it("a bar list names its largest bars with their qualifiers and units, largest first", () => {
    const bar = (label: string, value: number, qualifier: string) => ({
      key: label, figureId: 1, label, fullLabel: label, value, qualifier, tip: "exact" as const, direction: "a_to_b" as const, implausible: false,
      valueText: formatMeasured(value, qualifier, unitMeasure(makeFigure({ unit: "persons" })), { derived: false }, EN), shortText: "", info: {} as never,
    });
    const text = barListSummary("Experts", { bars: [bar("Advisers", 10_000, "more_than"), bar("Teachers", 500, "exact"), bar("Doctors", 20_000, "about")], min: 0, max: 20_000 }, "1950–1960", EN);
    expect(text).toMatch(/^Experts: 3 bars, 1950–1960\. Largest: Doctors, about 20,000 persons?; Advisers, more than 10,000 persons?; Teachers, 500 persons?\.$/);
  });

  it("a timeline names its years, its key events and its longest spans", () => {
    const treaty = makeEvent({ date: "1950-02-14", label: "Treaty signed" });
    const loan = makeFigure({ label: "Loan", period: { start: "1950-02-14", end: "1954" }, value: 300, qualifier: "exact" });
    const result = shapeTimeline({ figures: [loan], events: [treaty], phases: [], sides: SIDES, from: 1949, to: 1960, words: EN });
    if (!result.ok) throw new Error(result.reason);
    const text = timelineSummary(result.data, EN);
    expect(text).toContain("Timeline, 1949–1960");
    expect(text).toContain("Key events: Treaty signed");
    expect(text).toContain(`Longest: Loan, ${result.data.spans[0]!.valueText} (${result.data.spans[0]!.periodText})`);
  });
});
