import { barListHeight, FIRST_LAYOUT_WIDTH } from "@/lib/charts/layout";
import type { OverviewView } from "@/lib/charts/overview";
import { ScaleToggle } from "@/components/controls/scale-toggle";
import { BarListTable } from "../bar-list/bar-list-table";
import { partsBase, qualifierLegend, type ChartParts } from "../chart-parts";
import { GoodsChart } from "./goods-chart";

// The goods chart on the overview, with its log/linear scale toggle.

export function goodsParts(view: OverviewView): ChartParts {
  const { goods, labels } = view;
  const height = goods.ok ? barListHeight(goods.data, FIRST_LAYOUT_WIDTH / 2) : 0;
  return {
    ...partsBase("goods", labels.titles.goods, goods),
    legend: goods.ok ? [...qualifierLegend(labels.legend).slice(0, 1), { glyph: "⚠", label: labels.legend.implausibleGoods }] : [],
    height,
    drawing: goods.ok ? <GoodsChart data={goods.data} height={height} /> : null,
    table: goods.ok ? <BarListTable chart="goods" data={goods.data} caption={labels.captions.goods} /> : null,
    controls: goods.ok ? <ScaleToggle /> : undefined,
  };
}
