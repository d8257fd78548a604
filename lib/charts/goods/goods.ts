import { BAR_CAP, capItems, exploreHref, type ChartCap } from "../cap";
import { chartEmpty, chartOk, type ChartFigure, type ChartResult } from "../chart-types";
import { barDatum, barListData, type BarListData } from "../bar-list/bar-list";
import { notFlowReason } from "../flows";
import { directionOf, type Direction, type Sides } from "../sides";
import type { ChartWords } from "../words";
import { chooseGoods } from "./goods-choice";

// The goods chart: what one side shipped the other, commodity by commodity, in one unit of mass.
// Every figure in that unit and direction is a bar, components included (soybeans, rice…): they
// are the commodities. Nothing is added here, so a total and its parts can stand side by side.
// Which unit and direction: the one with the most goods figures between the two sides
// (goods-choice.ts), unless the caller names one. A long list shows its largest bars.

export interface GoodsOptions {
  unit: string;
  direction: Direction;
}

export type GoodsData = BarListData & { direction: Direction; cap: ChartCap | null };

function isGoods(figure: ChartFigure, sides: Sides, options: GoodsOptions): boolean {
  return figure.unit === options.unit && figure.value > 0 && directionOf(figure, sides) === options.direction && notFlowReason(figure, sides) === null;
}

function implausibleNote(bars: BarListData["bars"], { t }: ChartWords): string[] {
  const flagged = bars.filter((bar) => bar.implausible);
  if (flagged.length === 0) return [];
  return [t("goods.implausible", { count: flagged.length, labels: flagged.map((bar) => bar.label).join(", ") })];
}

/** The goods chart; `dataset` names the dataset its explore link filters on. */
export function shapeGoods(figures: readonly ChartFigure[], sides: Sides, w: ChartWords, options?: GoodsOptions, dataset = ""): ChartResult<GoodsData> {
  const { t } = w;
  const chosen = options ?? chooseGoods(figures, sides);
  if (!chosen) return chartEmpty(t("goods.empty", { a: sides.a.code, b: sides.b.code }));
  const [from, to] = chosen.direction === "a_to_b" ? [sides.a, sides.b] : [sides.b, sides.a];
  const goods = figures.filter((figure) => isGoods(figure, sides, chosen));
  if (goods.length === 0) return chartEmpty(t("goods.emptyDirection", { unit: chosen.unit === "t" ? t("goods.metricTons") : chosen.unit, from: from.code, to: to.code }));
  const href = exploreHref({ dataset, from: [from.code], to: [to.code], unit: [chosen.unit], sort: "-value" });
  const { kept, cap } = capItems(goods, BAR_CAP, (a, b) => b.value - a.value || a.id - b.id, { kind: "largestFigures", href }, w);
  const parents = new Map(figures.map((figure) => [figure.id, figure]));
  const bars = kept.map((figure) => barDatum(figure, chosen.direction, sides, parents, w));
  const data = barListData(chosen.unit, bars, kept, w);
  return chartOk({ ...data, direction: chosen.direction, cap }, implausibleNote(bars, w));
}
