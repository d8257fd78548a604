import { SANKEY_HEIGHT } from "@/lib/charts/layout";
import type { OverviewView } from "@/lib/charts/overview";
import { SANKEY_RULES_TEXT, type SankeyData } from "@/lib/charts/flow-diagram/sankey";
import { DIRECTIONS } from "@/lib/charts/sides";
import type { LegendItem } from "@/lib/export/legend";
import { directionLegend, partsBase, type ChartParts } from "../chart-parts";
import styles from "../charts.module.css";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { FlowSankey } from "../lazy-charts";
import { FlowTable } from "./flow-table";

// The flow diagram on the overview, with the rule its sums follow under it.

/** Only the directions drawn: a unit may have flows one way only. */
function flowLegend(view: OverviewView, data: SankeyData): LegendItem[] {
  return [
    ...DIRECTIONS.filter((direction) => data.links.some((link) => link.direction === direction)).map((direction) =>
      directionLegend(direction, view.sides, { fallback: direction === "a_to_b" ? "first side" : "second side" }),
    ),
    ...(data.links.some((link) => link.derived) ? [{ swatch: { color: "fg-muted", style: "hatched" }, label: "≈ includes converted (derived) values" } as const] : []),
  ];
}

export function flowParts(view: OverviewView): ChartParts {
  const { sankey } = view;
  return {
    ...partsBase("flow", "Flows by category", sankey),
    legend: sankey.ok ? flowLegend(view, sankey.data) : [],
    height: SANKEY_HEIGHT,
    drawing: sankey.ok ? <FlowSankey data={sankey.data} /> : null,
    table: sankey.ok ? <FlowTable data={sankey.data} /> : null,
    pageFooter: <p className={styles.source}>{SANKEY_RULES_TEXT}</p>,
  };
}
