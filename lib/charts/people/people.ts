import { CATEGORY_CODES, type Category } from "@/lib/vocab";
import { chartEmpty, chartOk, type ChartFigure, type ChartResult } from "../chart-types";
import { barDatum, barListData, type BarListData } from "../bar-list/bar-list";
import { classifyFigures } from "../flows";
import type { Sides } from "../sides";

// The people chart: every top-level flow counted in persons, in both directions, each bar in its
// direction's colour with its qualifier. Separate figures stay separate bars (specialists sent,
// engineers trained, scientists, graduates) and are never added up.

export function shapePeople(figures: readonly ChartFigure[], sides: Sides, unit = "persons"): ChartResult<BarListData> {
  const parents = new Map(figures.map((figure) => [figure.id, figure]));
  const flows = classifyFigures(figures, sides).flows.filter(({ figure }) => figure.unit === unit && figure.value > 0);
  if (flows.length === 0) return chartEmpty(`No figures in persons flow between the ${sides.a.code} and the ${sides.b.code}.`);
  const order = (category: string) => CATEGORY_CODES.indexOf(category as Category);
  const sorted = [...flows].sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === "a_to_b" ? -1 : 1) ||
      order(a.figure.category) - order(b.figure.category) ||
      a.figure.id - b.figure.id,
  );
  const bars = sorted.map(({ figure, direction }) => barDatum(figure, direction, sides, parents));
  return chartOk(barListData(unit, bars, sorted.map(({ figure }) => figure)), [
    "Each bar is a separate figure from the source; they count different groups and are not added together.",
  ]);
}
