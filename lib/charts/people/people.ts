import { CATEGORY_CODES, type Category } from "@/lib/vocab";
import { BAR_CAP, capItems, exploreHref, type ChartCap } from "../cap";
import { chartEmpty, chartOk, type ChartFigure, type ChartResult } from "../chart-types";
import { barDatum, barListData, type BarListData } from "../bar-list/bar-list";
import { classifyFigures, type FlowFigure } from "../flows";
import type { Sides } from "../sides";
import type { ChartWords } from "../words";

// The people chart: every top-level flow counted in persons, in both directions, each bar in its
// direction's colour with its qualifier. Separate figures stay separate bars (specialists sent,
// engineers trained, scientists, graduates) and are never added up. A long list shows its largest
// bars, in the same order.

export type PeopleData = BarListData & { cap: ChartCap | null };

/** The people chart; `dataset` names the dataset its explore link filters on. */
export function shapePeople(figures: readonly ChartFigure[], sides: Sides, w: ChartWords, unit = "persons", dataset = ""): ChartResult<PeopleData> {
  const { t } = w;
  const flows = classifyFigures(figures, sides).flows.filter(({ figure }) => figure.unit === unit && figure.value > 0);
  if (flows.length === 0) return chartEmpty(t("people.empty", { a: sides.a.code, b: sides.b.code }));
  const pair = [sides.a.code, sides.b.code];
  const href = exploreHref({ dataset, from: pair, to: pair, unit: [unit], parent: "none", sort: "-value" });
  const { kept, cap } = capItems(flows, BAR_CAP, (a, b) => b.figure.value - a.figure.value || a.figure.id - b.figure.id, { kind: "largestFigures", href }, w);
  const order = (category: string) => CATEGORY_CODES.indexOf(category as Category);
  const sorted = kept.sort(
    (a: FlowFigure, b: FlowFigure) =>
      (a.direction === b.direction ? 0 : a.direction === "a_to_b" ? -1 : 1) ||
      order(a.figure.category) - order(b.figure.category) ||
      a.figure.id - b.figure.id,
  );
  const parents = new Map(figures.map((figure) => [figure.id, figure]));
  const bars = sorted.map(({ figure, direction }) => barDatum(figure, direction, sides, parents, w));
  const data = barListData(unit, bars, sorted.map(({ figure }) => figure), w);
  return chartOk({ ...data, cap }, [t("people.separate")]);
}
