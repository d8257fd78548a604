import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { sankeyHeight } from "@/lib/charts/layout";
import type { OverviewView } from "@/lib/charts/overview";
import { flowBarsFirstHeight } from "@/lib/charts/flow-diagram/flow-bars-layout";
import type { FlowBars } from "@/lib/charts/flow-diagram/flow-bars";
import { SANKEY_RULES_KEY, type SankeyData } from "@/lib/charts/flow-diagram/sankey";
import { DIRECTIONS, type Direction } from "@/lib/charts/sides";
import type { LegendItem } from "@/lib/export/legend";
import { directionLegend, partsBase, type ChartParts } from "../chart-parts";
import styles from "../charts.module.css";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { FlowSankey } from "../lazy-charts";
import { FlowBarsChart } from "./flow-bars-chart";
import { FlowTable } from "./flow-table";

// The flow diagram on the overview, with the rule its sums follow under it.

/** A direction's entry: "USSR → PRC", or "given by the USA" when it has several counterparts. */
function directionEntry(view: OverviewView, data: SankeyData, direction: Direction): LegendItem {
  const { legend } = view.labels;
  const counterparts = new Set(data.links.map((link) => link.counterpart).filter((code) => code !== null));
  const fallback = direction === "a_to_b" ? legend.firstSide : legend.secondSide;
  if (counterparts.size <= 1 || !view.sides) return directionLegend(direction, view.sides, { fallback });
  return { ...directionLegend(direction, null, { fallback }), label: direction === "a_to_b" ? legend.givenBy : legend.receivedBy };
}

/** Only the directions drawn: a unit may have flows one way only. */
function flowLegend(view: OverviewView, data: SankeyData): LegendItem[] {
  return [
    ...DIRECTIONS.filter((direction) => data.links.some((link) => link.direction === direction)).map((direction) => directionEntry(view, data, direction)),
    ...(data.links.some((link) => link.derived) ? [{ swatch: { color: "fg-muted", style: "hatched" }, label: view.labels.legend.derivedIncluded } as const] : []),
  ];
}

/** The drawing: the diagram, or labelled bars when there are too few flows for one (flow-bars.ts). */
function flowDrawing(data: SankeyData, bars: FlowBars | null) {
  if (bars) return { bars, height: flowBarsFirstHeight(bars), drawing: <FlowBarsChart data={bars} measure={data.measure} /> };
  return { bars, height: sankeyHeight(data), drawing: <FlowSankey data={data} /> };
}

function FlowRules() {
  const t = useNumberTexts(useTranslations("charts"));
  return <p className={styles.source}>{t(SANKEY_RULES_KEY)}</p>;
}

export function flowParts(view: OverviewView): ChartParts {
  const { sankey } = view;
  const drawn = sankey.ok ? flowDrawing(sankey.data, sankey.data.bars) : null;
  const base = partsBase("flow", view.labels.titles.flow, sankey);
  return {
    ...base,
    notes: drawn?.bars ? [drawn.bars.reason, ...base.notes] : base.notes,
    legend: sankey.ok ? flowLegend(view, sankey.data) : [],
    height: drawn?.height ?? 0,
    drawing: drawn?.drawing ?? null,
    table: sankey.ok ? <FlowTable data={sankey.data} /> : null,
    pageFooter: <FlowRules />,
  };
}
