import { chartEmpty, chartOk, type ChartFigure, type ChartResult } from "../chart-types";
import { barDatum, barListData, type BarListData } from "../bar-list/bar-list";
import { notFlowReason } from "../flows";
import { directionOf, type Direction, type Sides } from "../sides";

// The goods chart: what one side shipped the other, commodity by commodity, in one unit of mass.
// Every figure in that unit and direction is a bar, components included (soybeans, rice…): they
// are the commodities. Nothing is added here, so a total and its parts can stand side by side.

export interface GoodsOptions {
  unit: string;
  direction: Direction;
}

/** The Sino-Soviet overview's goods chart: Chinese exports to the USSR in metric tons. */
const DEFAULT_GOODS: GoodsOptions = { unit: "t", direction: "b_to_a" };

export function shapeGoods(figures: readonly ChartFigure[], sides: Sides, options: GoodsOptions = DEFAULT_GOODS): ChartResult<BarListData> {
  const parents = new Map(figures.map((figure) => [figure.id, figure]));
  const chosen = figures.filter(
    (figure) =>
      figure.unit === options.unit && figure.value > 0 && directionOf(figure, sides) === options.direction && notFlowReason(figure, sides) === null,
  );
  const [from, to] = options.direction === "a_to_b" ? [sides.a, sides.b] : [sides.b, sides.a];
  if (chosen.length === 0) {
    return chartEmpty(`No figures in ${options.unit === "t" ? "metric tons" : options.unit} record goods the ${from.code} sent the ${to.code}.`);
  }
  const bars = chosen
    .map((figure) => barDatum(figure, options.direction, sides, parents))
    .sort((a, b) => b.value - a.value || a.figureId - b.figureId);
  const data = barListData(options.unit, bars, chosen);
  const notes: string[] = [];
  if (data.implausibleCount > 0) {
    notes.push(
      `${data.implausibleCount} value(s) are flagged “implausible as printed” (${bars
        .filter((bar) => bar.implausible)
        .map((bar) => bar.label)
        .join(", ")}): they are drawn exactly as the source prints them, with a warning marker.`,
    );
  }
  return chartOk(data, notes);
}
