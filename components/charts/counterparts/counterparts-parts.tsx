import { COUNTERPARTS_RULES_TEXT } from "@/lib/charts/counterparts/counterparts";
import { barListHeight, FIRST_LAYOUT_WIDTH } from "@/lib/charts/layout";
import { measureLabel } from "@/lib/charts/measure";
import type { OverviewView } from "@/lib/charts/overview";
import type { LegendItem } from "@/lib/export/legend";
import { partsBase, QUALIFIER_LEGEND, type ChartParts } from "../chart-parts";
import styles from "../charts.module.css";
import { DIRECTION_TOKENS } from "../direction-colors";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { BarListChart } from "../lazy-charts";
import { CounterpartsTable } from "./counterparts-table";

// The ranked counterparts on the overview: a bar list on a linear scale, what side A gave in its
// colour and what it received in the other side's, with the rule its sums follow under it.

function counterpartsLegend(view: OverviewView): LegendItem[] {
  const actor = view.sides?.a.code ?? "first side";
  return [
    { swatch: { color: DIRECTION_TOKENS.a_to_b, style: "solid" }, label: `given by the ${actor}` },
    { swatch: { color: DIRECTION_TOKENS.b_to_a, style: "solid" }, label: `received by the ${actor}` },
    ...QUALIFIER_LEGEND,
  ];
}

export function counterpartsParts(view: OverviewView): ChartParts {
  const { counterparts, sides } = view;
  const title = sides ? `The ${sides.a.code}'s counterparts, ranked` : "Counterparts, ranked";
  const height = counterparts.ok ? barListHeight(counterparts.data, FIRST_LAYOUT_WIDTH) : 0;
  return {
    ...partsBase("counterparts", title, counterparts),
    legend: counterparts.ok ? counterpartsLegend(view) : [],
    height,
    drawing: counterparts.ok ? (
      <BarListChart
        chart="counterparts"
        data={counterparts.data}
        height={height}
        scale="linear"
        label={`Counterparts of the ${counterparts.data.actor.code} in ${measureLabel(counterparts.data.measure)}: ${counterparts.data.bars.length} sums, the largest first. Use the arrow keys to move between bars.`}
      />
    ) : null,
    table: counterparts.ok ? <CounterpartsTable data={counterparts.data} /> : null,
    pageFooter: <p className={styles.source}>{COUNTERPARTS_RULES_TEXT}</p>,
  };
}
