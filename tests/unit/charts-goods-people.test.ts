import { describe, expect, it } from "vitest";
import { classifyFigures } from "@/lib/charts/flows";
import { shapeGoods } from "@/lib/charts/goods/goods";
import { shapePeople } from "@/lib/charts/people/people";
import { directionOf, resolveSides } from "@/lib/charts/sides";
import { datasetChartInput, makeFigure, SIDES } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

const input = datasetChartInput();
const sides = resolveSides(input.meta.sides, input.figures)!;

describe("shapeGoods", () => {
  it("draws every figure in metric tons sent PRC -> USSR, largest first, as printed", () => {
    const result = shapeGoods(input.figures, sides, EN);
    if (!result.ok) throw new Error(result.reason);
    const expected = input.figures.filter((figure) => figure.unit === "t" && directionOf(figure, sides) === "b_to_a");
    expect(result.data.bars.map((bar) => bar.figureId).sort()).toEqual(expected.map((figure) => figure.id).sort());
    const values = result.data.bars.map((bar) => bar.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(result.data.min).toBe(Math.min(...expected.map((figure) => figure.value)));
  });

  it("flags the values that are implausible as printed, without changing them", () => {
    const result = shapeGoods(input.figures, sides, EN);
    if (!result.ok) throw new Error(result.reason);
    const flagged = input.figures.filter((figure) => figure.unit === "t" && figure.flags.includes("implausible_as_printed"));
    expect(flagged.length).toBeGreaterThan(0);
    for (const figure of flagged) {
      const bar = result.data.bars.find((candidate) => candidate.figureId === figure.id)!;
      expect(bar.implausible).toBe(true);
      expect(bar.value).toBe(figure.value);
    }
    expect(result.notes.join(" ")).toMatch(/implausible as printed/);
  });

  it("says why when there are no goods", () => {
    const result = shapeGoods([makeFigure()], SIDES, EN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/metric tons/);
  });
});

describe("shapePeople", () => {
  it("draws each top-level persons flow as its own bar with its qualifier", () => {
    const result = shapePeople(input.figures, sides, EN);
    if (!result.ok) throw new Error(result.reason);
    const expected = classifyFigures(input.figures, sides).flows.filter((flow) => flow.figure.unit === "persons");
    expect(result.data.bars.map((bar) => bar.figureId).sort()).toEqual(expected.map((flow) => flow.figure.id).sort());
    const specialists = result.data.bars.find((bar) => bar.qualifier === "more_than")!;
    expect(specialists.shortText).toBe("> 10,000 persons");
    expect(specialists.valueText).toBe("more than 10,000 persons");
    expect(result.data.bars.every((bar) => bar.direction === expected.find((flow) => flow.figure.id === bar.figureId)!.direction)).toBe(true);
  });

  it("never adds the separate counts", () => {
    const a = makeFigure({ value: 10 });
    const b = makeFigure({ value: 20, category: "education_training" });
    const result = shapePeople([a, b], SIDES, EN);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.bars.map((bar) => bar.value)).toEqual([10, 20]);
    expect(result.data.max).toBe(20);
  });
});
