import { barListHeight, FIRST_LAYOUT_WIDTH } from "@/lib/charts/layout";
import type { OverviewView } from "@/lib/charts/overview";
import { ScaleToggle } from "@/components/controls/scale-toggle";
import { BarListTable } from "../bar-list/bar-list-table";
import { partsBase, QUALIFIER_LEGEND, type ChartParts } from "../chart-parts";
import { GoodsChart } from "./goods-chart";

// The goods chart on the overview, with its log/linear scale toggle.

export function goodsParts(view: OverviewView): ChartParts {
  const { goods, sides } = view;
  const [from, to] = sides && goods.ok && goods.data.direction === "a_to_b" ? [sides.a, sides.b] : [sides?.b, sides?.a];
  const title = from && to ? `What the ${from.code} shipped the ${to.code}, by commodity` : "Goods by commodity";
  const height = goods.ok ? barListHeight(goods.data, FIRST_LAYOUT_WIDTH / 2) : 0;
  return {
    ...partsBase("goods", title, goods),
    legend: goods.ok ? [...QUALIFIER_LEGEND.slice(0, 1), { glyph: "⚠", label: "implausible as printed (drawn as printed, dashed outline)" }] : [],
    height,
    drawing: goods.ok ? <GoodsChart data={goods.data} height={height} /> : null,
    table: goods.ok ? <BarListTable chart="goods" data={goods.data} caption="Goods by commodity as a table" /> : null,
    controls: goods.ok ? <ScaleToggle /> : undefined,
  };
}
