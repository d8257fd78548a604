import { describe, expect, it } from "vitest";
import { classifyFigures } from "@/lib/charts/flows";
import { shapeLedger, type LedgerData } from "@/lib/charts/ledger/ledger";
import { leftOutNotes } from "@/lib/charts/ledger/ledger-notes";
import { tipOf } from "@/lib/charts/qualifier-tip";
import { resolveLedgerSelection } from "@/lib/charts/ledger/selection";
import { measureFigures } from "@/lib/charts/measure-figures";
import type { Measure } from "@/lib/charts/measure";
import { directionOf, resolveSides } from "@/lib/charts/sides";
import { datasetChartInput, makeFigure, measureOf, SIDES } from "../helpers/chart-fixtures";
import { legacyBasis } from "../helpers/vocabulary";
import { EN } from "../helpers/chart-words";

const NO_CONVERSION = { currency: "original" as const, assume: "none" as const, rates: [] };
const unit = (code: string): Measure => measureOf(code);

function ledgerOf(figures: ReturnType<typeof makeFigure>[], measure: Measure) {
  const selection = measureFigures(classifyFigures(figures, SIDES), measure, NO_CONVERSION, EN);
  return { result: shapeLedger(selection, measure, SIDES, EN), selection };
}

const rowsOf = (data: LedgerData) => data.groups.flatMap((group) => group.rows);

describe("shapeLedger on synthetic figures", () => {
  it("draws one bar per figure, never one per category sum", () => {
    const a = makeFigure({ value: 1816, unit: "RUB", ...legacyBasis("rub_unstated"), category: "credits_loans" });
    const b = makeFigure({ value: 6200, unit: "RUB", ...legacyBasis("rub_unstated"), category: "credits_loans" });
    const { result } = ledgerOf([a, b], unit("RUB"));
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.groups).toHaveLength(1);
    const rows = rowsOf(result.data);
    expect(rows.map((row) => row.extent).sort((x, y) => x - y)).toEqual([1816, 6200]);
    expect(result.notes.join(" ")).toMatch(/never added/);
  });

  it("stacks components of the same unit inside their total and shows the rest as not itemised", () => {
    const total = makeFigure({ value: 150, qualifier: "about", unit: "projects", category: "industrial_projects" });
    const part = makeFigure({ value: 146, unit: "projects", parentId: total.id, category: "industrial_projects" });
    const { result } = ledgerOf([total, part], unit("projects"));
    if (!result.ok) throw new Error(result.reason);
    const [row] = rowsOf(result.data);
    expect(row!.segments.map((segment) => [segment.role, segment.value])).toEqual([
      ["component", 146],
      ["remainder", 4],
    ]);
    expect(row!.segments[1]!.valueText).toBe("about 4 projects");
    expect(row!.extent).toBe(150);
    expect(row!.tip).toBe("approx");
  });

  it("draws no remainder when the components make up the total", () => {
    const total = makeFigure({ value: 300, unit: "USD", ...legacyBasis("usd_gold_1950"), category: "credits_loans" });
    const halves = [1, 2].map(() => makeFigure({ value: 150, unit: "USD", ...legacyBasis("usd_gold_1950"), parentId: total.id }));
    const { result } = ledgerOf([total, ...halves], unit("USD"));
    if (!result.ok) throw new Error(result.reason);
    expect(rowsOf(result.data)[0]!.segments.map((segment) => segment.role)).toEqual(["component", "component"]);
  });

  it("keeps components in another unit out of the parent's bar and lists them in their own unit, unconverted", () => {
    const food = makeFigure({ value: 2.1e9, unit: "RUB", ...legacyBasis("rub_unstated"), from: SIDES.b, to: SIDES.a, category: "commodity_exports" });
    const soy = makeFigure({ value: 5.76e6, unit: "t", parentId: food.id, from: SIDES.b, to: SIDES.a });
    const rice = makeFigure({ value: 2.94e6, unit: "t", parentId: food.id, from: SIDES.b, to: SIDES.a });
    const rub = ledgerOf([food, soy, rice], unit("RUB"));
    if (!rub.result.ok) throw new Error(rub.result.reason);
    const rubRow = rowsOf(rub.result.data)[0]!;
    expect(rubRow.segments.map((segment) => segment.role)).toEqual(["total"]);
    expect(rubRow.extent).toBe(2.1e9);

    const tons = ledgerOf([food, soy, rice], unit("t"));
    if (!tons.result.ok) throw new Error(tons.result.reason);
    const [row] = rowsOf(tons.result.data);
    expect(row!.kind).toBe("components");
    expect(row!.label).toMatch(/components listed by the source/);
    expect(row!.segments.map((segment) => segment.value)).toEqual([5.76e6, 2.94e6]);
    expect(row!.segments.every((segment) => segment.role === "component")).toBe(true);
  });

  it("draws only figures between the two sides and says how many others there are", () => {
    const seized = makeFigure({ value: 2e9, unit: "USD", ...legacyBasis("usd_unstated"), from: { code: "MAN", name: "Manchuria" }, to: SIDES.a });
    const credit = makeFigure({ value: 3e8, unit: "USD", ...legacyBasis("usd_gold_1950"), category: "credits_loans" });
    const { result, selection } = ledgerOf([seized, credit], unit("USD"));
    if (!result.ok) throw new Error(result.reason);
    expect(rowsOf(result.data).map((row) => row.figureId)).toEqual([credit.id]);
    expect(leftOutNotes(selection, unit("USD"), SIDES, EN).join(" ")).toMatch(/1 other figure\(s\) in US dollars are not flows/);
  });

  it("explains an empty selection instead of drawing nothing", () => {
    const claim = makeFigure({ unit: "km2", kind: "claim", category: "territory" });
    const { result } = ledgerOf([claim], unit("km2"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^No figures in square kilometres flow between the USSR and the PRC/);
      expect(result.reason).toMatch(/not a transfer/);
    }
  });

  it("maps qualifiers to bar ends", () => {
    expect(["more_than", "over", "at_least", "up_to", "nearly", "about", "exact"].map(tipOf)).toEqual([
      "lower",
      "lower",
      "lower",
      "upper",
      "upper",
      "approx",
      "exact",
    ]);
  });
});

describe("shapeLedger on the dataset", () => {
  const input = datasetChartInput();
  const sides = resolveSides(input.meta.sides, input.figures)!;
  const classified = classifyFigures(input.figures, sides);
  const byId = new Map(input.figures.map((figure) => [figure.id, figure]));

  function ledgerIn(code: string) {
    const measure = unit(code);
    const result = shapeLedger(measureFigures(classified, measure, NO_CONVERSION, EN), measure, sides, EN);
    if (!result.ok) throw new Error(result.reason);
    return rowsOf(result.data);
  }

  it("puts the USSR and the PRC on the two sides", () => {
    expect([sides.a.code, sides.b.code]).toEqual(["USSR", "PRC"]);
  });

  it("shows every unit with one axis: every segment is a figure in that unit, or a remainder of one", () => {
    const selection = resolveLedgerSelection(classified, { currency: "original" }, EN);
    for (const family of selection.familyOptions) {
      const units = resolveLedgerSelection(classified, { family: family.family, currency: "original" }, EN).unitOptions;
      for (const option of units) {
        for (const row of ledgerIn(option.unit)) {
          for (const segment of row.segments) {
            const figure = byId.get(segment.figureId ?? row.figureId)!;
            if (segment.role !== "remainder") expect(figure.unit).toBe(option.unit);
          }
          // Every bar is a flow between the two sides (or the parent listing such components).
          expect(directionOf(byId.get(row.figureId)!, sides)).not.toBeNull();
        }
      }
    }
  });

  it("stacks the two halves of the $300 million credit inside its bar", () => {
    const credit = input.figures.find((figure) => figure.unit === "USD" && figure.parentId === null && input.figures.some((child) => child.parentId === figure.id))!;
    const row = ledgerIn("USD").find((candidate) => candidate.figureId === credit.id)!;
    const children = input.figures.filter((figure) => figure.parentId === credit.id);
    expect(row.segments.map((segment) => segment.figureId).sort()).toEqual(children.map((child) => child.id).sort());
    expect(row.segments.reduce((total, segment) => total + segment.value, 0)).toBe(credit.value);
  });

  it("lists the food exports' tonnages under a components bar in the mass view", () => {
    const tonnages = input.figures.filter((figure) => figure.unit === "t");
    const parents = new Set(tonnages.map((figure) => figure.parentId));
    const rows = ledgerIn("t");
    expect(rows.every((row) => row.kind === "components")).toBe(true);
    expect(new Set(rows.map((row) => row.figureId))).toEqual(parents);
    expect(rows.reduce((total, row) => total + row.segments.length, 0)).toBe(tonnages.length);
  });

  it("draws the two contradicting ruble loans as two bars", () => {
    const loans = input.figures.filter((figure) => figure.unit === "RUB" && figure.category === "credits_loans");
    const rows = ledgerIn("RUB").filter((row) => row.category === "credits_loans");
    expect(rows.map((row) => row.figureId).sort()).toEqual(loans.map((figure) => figure.id).sort());
  });
});
