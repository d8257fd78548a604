import { describe, expect, it } from "vitest";
import { shapeBalance } from "@/lib/charts/ledger/balance";
import { combineQualifiers, summableFlows } from "@/lib/charts/sum-flows";
import { classifyFigures } from "@/lib/charts/flows";
import { measureFigures } from "@/lib/charts/measure-figures";
import type { Measure } from "@/lib/charts/measure";
import { resolveSides } from "@/lib/charts/sides";
import { datasetChartInput, makeFigure, measureOf, SIDES } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

const NO_CONVERSION = { currency: "original" as const, assume: "none" as const, rates: [] };
const persons: Measure = measureOf("persons");

function balanceOf(figures: ReturnType<typeof makeFigure>[], measure: Measure = persons) {
  return shapeBalance(measureFigures(classifyFigures(figures, SIDES), measure, NO_CONVERSION, EN), measure, SIDES, EN);
}

describe("combineQualifiers", () => {
  it.each([
    [["exact", "exact"], "exact"],
    [["exact", "more_than"], "more_than"],
    [["exact", "over", "at_least"], "more_than"],
    [["exact", "at_least"], "at_least"],
    [["at_least", "at_least"], "at_least"],
    [["exact", "up_to"], "up_to"],
    [["exact", "nearly"], "up_to"],
    [["nearly", "nearly"], "nearly"],
    [["exact", "about"], "about"],
    [["more_than", "about"], "about"],
    [["more_than", "up_to"], "range_uncertain"],
    [["about", "over", "nearly"], "range_uncertain"],
    [["exact", "made_up"], "range_uncertain"],
    [[], "exact"],
  ])("%j -> %s", (qualifiers, expected) => {
    expect(combineQualifiers(qualifiers)).toBe(expected);
  });
});

describe("shapeBalance on synthetic figures", () => {
  it("adds only top-level figures, so a component is never counted twice", () => {
    const total = makeFigure({ value: 100 });
    const part = makeFigure({ value: 60, parentId: total.id });
    const other = makeFigure({ value: 5, qualifier: "more_than" });
    const result = balanceOf([total, part, other]);
    if (!result.ok) throw new Error(result.reason);
    const side = result.data.sides.find((candidate) => candidate.direction === "a_to_b")!;
    expect(side.included.map((item) => item.id).sort()).toEqual([total.id, other.id].sort());
    expect(side.sum?.value).toBe(105);
    expect(side.sum?.qualifier).toBe("more_than");
    expect(side.sum?.text).toBe("more than 105 persons");
  });

  it("leaves out figures inconsistent within the source and lists them", () => {
    const kept = makeFigure({ value: 10 });
    const contradicted = makeFigure({ value: 99, flags: ["internal_inconsistency"] });
    const result = balanceOf([kept, contradicted]);
    if (!result.ok) throw new Error(result.reason);
    const side = result.data.sides.find((candidate) => candidate.direction === "a_to_b")!;
    expect(side.sum?.value).toBe(10);
    expect(side.excluded.map((item) => item.id)).toEqual([contradicted.id]);
  });

  it("gives no number when lower and upper bounds are mixed", () => {
    const result = balanceOf([makeFigure({ value: 10, qualifier: "more_than" }), makeFigure({ value: 5, qualifier: "up_to" })]);
    if (!result.ok) throw new Error(result.reason);
    const sum = result.data.sides[0]!.sum!;
    expect(sum.qualifier).toBe("range_uncertain");
    expect(sum.text).not.toMatch(/\d/);
  });

  it("takes the union of the years and says the periods differ", () => {
    const result = balanceOf([
      makeFigure({ period: { start: "1950", end: "1955" } }),
      makeFigure({ period: { start: "1953", end: "1962" } }),
      makeFigure({ period: { start: null, end: null, status: "unknown" } }),
    ]);
    if (!result.ok) throw new Error(result.reason);
    const side = result.data.sides[0]!;
    expect(side.years).toEqual({ from: 1950, to: 1962 });
    expect(side.periodNote).toMatch(/different periods/);
    expect(side.periodNote).toMatch(/1 figure gives no period/);
  });

  it("never adds across units: a figure in another unit is not in the persons balance", () => {
    const result = balanceOf([makeFigure({ value: 10 }), makeFigure({ value: 7, unit: "sets" })]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.sides[0]!.sum?.value).toBe(10);
  });

  it("says why there is nothing to add", () => {
    const result = balanceOf([makeFigure({ unit: "sets" })], measureOf("km2"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/square kilometres/);
  });
});

describe("shapeBalance on the dataset", () => {
  const input = datasetChartInput();
  const sides = resolveSides(input.meta.sides, input.figures)!;
  const classified = classifyFigures(input.figures, sides);

  it("adds the PRC's ruble flows and leaves out the contradicting ruble loans", () => {
    const rub: Measure = measureOf("RUB");
    const selection = measureFigures(classified, rub, NO_CONVERSION, EN);
    const result = shapeBalance(selection, rub, sides, EN);
    if (!result.ok) throw new Error(result.reason);
    const expectedBack = classified.flows.filter(
      (flow) => flow.direction === "b_to_a" && flow.figure.unit === "RUB" && !flow.figure.flags.includes("internal_inconsistency"),
    );
    const back = result.data.sides.find((side) => side.direction === "b_to_a")!;
    expect(back.sum?.value).toBe(expectedBack.reduce((total, flow) => total + flow.figure.value, 0));
    expect(back.sum?.qualifier).toBe(combineQualifiers(expectedBack.map((flow) => flow.figure.qualifier)));
    const given = result.data.sides.find((side) => side.direction === "a_to_b")!;
    const inconsistent = input.figures.filter((figure) => figure.unit === "RUB" && figure.flags.includes("internal_inconsistency"));
    expect(given.excluded.map((item) => item.id).sort()).toEqual(inconsistent.map((figure) => figure.id).sort());
    expect(given.sum).toBeNull();
  });

  it("never lets a component into a sum", () => {
    const usd: Measure = measureOf("USD");
    const { included } = summableFlows(measureFigures(classified, usd, NO_CONVERSION, EN));
    expect(included.every((flow) => flow.figure.parentId === null)).toBe(true);
  });
});
