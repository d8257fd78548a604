import { describe, expect, it } from "vitest";
import { combineQualifiers } from "@/lib/charts/sum-flows";
import { classifyFigures } from "@/lib/charts/flows";
import { measureFigures } from "@/lib/charts/measure-figures";
import type { Measure } from "@/lib/charts/measure";
import { shapeSankey } from "@/lib/charts/flow-diagram/sankey";
import { resolveSides } from "@/lib/charts/sides";
import { datasetChartInput, makeFigure, measureOf, SIDES } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

const NO_CONVERSION = { currency: "original" as const, assume: "none" as const, rates: [] };
const persons: Measure = measureOf("persons");

describe("shapeSankey", () => {
  it("links each side through its categories, with sums that skip components and inconsistent figures", () => {
    const specialists = makeFigure({ value: 100, category: "personnel", qualifier: "more_than" });
    const trained = makeFigure({ value: 50, category: "education_training", qualifier: "about" });
    const trainedPart = makeFigure({ value: 20, category: "education_training", parentId: trained.id });
    const contradicted = makeFigure({ value: 999, category: "personnel", flags: ["internal_inconsistency"] });
    const back = makeFigure({ value: 7, category: "personnel", from: SIDES.b, to: SIDES.a });
    const selection = measureFigures(classifyFigures([specialists, trained, trainedPart, contradicted, back], SIDES), persons, NO_CONVERSION, EN);
    const result = shapeSankey(selection, persons, SIDES, EN);
    if (!result.ok) throw new Error(result.reason);
    const { nodes, links } = result.data;
    expect(nodes.map((node) => node.name)).toEqual([
      "USSR (sent)",
      "Personnel",
      "Education and training",
      "PRC (received)",
      "PRC (sent)",
      "Personnel",
      "USSR (received)",
    ]);
    // Two links per (direction, category): in and out of the category node.
    expect(links).toHaveLength(6);
    const personnel = links.filter((link) => link.direction === "a_to_b" && link.category === "personnel");
    expect(personnel.map((link) => link.value)).toEqual([100, 100]);
    expect(personnel[0]!.valueText).toBe("more than 100 persons");
    expect(links.find((link) => link.category === "education_training")!.value).toBe(50);
    expect(result.data.excluded.map((figure) => figure.id)).toEqual([contradicted.id]);
    // Every link's source and target exist.
    for (const link of links) expect(nodes[link.source] && nodes[link.target]).toBeTruthy();
  });

  it("says why when nothing can be summed", () => {
    const only = makeFigure({ flags: ["internal_inconsistency"] });
    const result = shapeSankey(measureFigures(classifyFigures([only], SIDES), persons, NO_CONVERSION, EN), persons, SIDES, EN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/inconsistent/);
  });

  it("on the dataset, has two links for each direction and category of the summable ruble flows", () => {
    const input = datasetChartInput();
    const sides = resolveSides(input.meta.sides, input.figures)!;
    const classified = classifyFigures(input.figures, sides);
    const rub: Measure = measureOf("RUB");
    const result = shapeSankey(measureFigures(classified, rub, NO_CONVERSION, EN), rub, sides, EN);
    if (!result.ok) throw new Error(result.reason);
    const summable = classified.flows.filter((flow) => flow.figure.unit === "RUB" && !flow.figure.flags.includes("internal_inconsistency"));
    const groups = new Set(summable.map((flow) => `${flow.direction}|${flow.figure.category}`));
    expect(result.data.links).toHaveLength(groups.size * 2);
    for (const group of groups) {
      const [direction, category] = group.split("|");
      const members = summable.filter((flow) => flow.direction === direction && flow.figure.category === category);
      const link = result.data.links.find((candidate) => candidate.direction === direction && candidate.category === category)!;
      expect(link.value).toBe(members.reduce((total, flow) => total + flow.figure.value, 0));
      expect(link.qualifierWords).toBe(EN.qualifier(combineQualifiers(members.map((flow) => flow.figure.qualifier))));
    }
  });
});
