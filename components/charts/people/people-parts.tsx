import { barListHeight, FIRST_LAYOUT_WIDTH } from "@/lib/charts/layout";
import type { OverviewView } from "@/lib/charts/overview";
import { BarListTable } from "../bar-list/bar-list-table";
import { partsBase, QUALIFIER_LEGEND, sidesLegend, type ChartParts } from "../chart-parts";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { BarListChart } from "../lazy-charts";

// The people chart on the overview: a bar list on a linear scale, each bar in its direction's colour.

export function peopleParts(view: OverviewView): ChartParts {
  const { people, sides } = view;
  const height = people.ok ? barListHeight(people.data, FIRST_LAYOUT_WIDTH / 2) : 0;
  return {
    ...partsBase("people", "People: specialists sent and people trained", people),
    legend: people.ok ? [...sidesLegend(sides), ...QUALIFIER_LEGEND] : [],
    height,
    drawing: people.ok ? (
      <BarListChart
        chart="people"
        data={people.data}
        height={height}
        scale="linear"
        label={`People chart: ${people.data.bars.length} separate counts in persons. Use the arrow keys to move between bars.`}
      />
    ) : null,
    table: people.ok ? <BarListTable chart="people" data={people.data} caption="People as a table" /> : null,
  };
}
