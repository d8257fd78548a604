import { describe, expect, it } from "vitest";
import { classifyFigures } from "@/lib/charts/flows";
import { flowBarsOf, MIN_DIAGRAM_FLOWS } from "@/lib/charts/flow-diagram/flow-bars";
import { layoutFlowBars } from "@/lib/charts/flow-diagram/flow-bars-layout";
import { shapeSankey } from "@/lib/charts/flow-diagram/sankey";
import type { Measure } from "@/lib/charts/measure";
import { measureFigures } from "@/lib/charts/measure-figures";
import { estimateTextWidth } from "@/lib/export/text-metrics";
import { makeFigure, measureOf, SIDES } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

const NO_CONVERSION = { currency: "original" as const, assume: "none" as const, rates: [] };
const persons: Measure = measureOf("persons");

function sankeyOf(figures: ReturnType<typeof makeFigure>[]) {
  const result = shapeSankey(measureFigures(classifyFigures(figures, SIDES), persons, NO_CONVERSION, EN), persons, SIDES, EN);
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

describe("the flow diagram below three flows", () => {
  it("draws one flow as a labelled bar, and says why", () => {
    const data = sankeyOf([makeFigure({ value: 100, category: "personnel", qualifier: "more_than" })]);
    const bars = flowBarsOf(data, EN)!;
    expect(bars.bars).toHaveLength(1);
    expect(bars.bars[0]).toMatchObject({ label: "USSR → Personnel → PRC", valueText: "more than 100 persons", direction: "a_to_b" });
    expect(bars.reason).toMatch(/^Only 1 flow in .*shown as labelled bars\.$/);
  });

  it("draws two flows as bars, the largest first", () => {
    const data = sankeyOf([makeFigure({ value: 5, category: "personnel" }), makeFigure({ value: 9, category: "personnel", from: SIDES.b, to: SIDES.a })]);
    expect(flowBarsOf(data, EN)!.bars.map((bar) => bar.value)).toEqual([9, 5]);
  });

  it(`keeps the diagram from ${MIN_DIAGRAM_FLOWS} flows on`, () => {
    const data = sankeyOf([
      makeFigure({ value: 5, category: "personnel" }),
      makeFigure({ value: 6, category: "education_training" }),
      makeFigure({ value: 9, category: "personnel", from: SIDES.b, to: SIDES.a }),
    ]);
    expect(flowBarsOf(data, EN)).toBeNull();
  });

  it.each([340, 900, 1500])("lays out every label whole, and every value inside the drawing, at %i px", (width) => {
    const data = sankeyOf([makeFigure({ value: 100, category: "personnel" }), makeFigure({ value: 40, category: "education_training", from: SIDES.b, to: SIDES.a })]);
    const bars = flowBarsOf(data, EN)!;
    const layout = layoutFlowBars(bars, width);
    layout.rows.forEach((row) => {
      const bar = bars.bars[row.index]!;
      expect(row.lines.join(" ")).toBe(bar.label);
      expect(row.valueX + estimateTextWidth(bar.valueText, 12)).toBeLessThanOrEqual(width);
    });
  });
});
