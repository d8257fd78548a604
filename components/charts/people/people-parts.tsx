import { barListHeight, FIRST_LAYOUT_WIDTH } from "@/lib/charts/layout";
import type { OverviewView } from "@/lib/charts/overview";
import { BarListTable } from "../bar-list/bar-list-table";
import { partsBase, qualifierLegend, sidesLegend, type ChartParts } from "../chart-parts";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { BarListChart } from "../lazy-charts";

// The people chart on the overview: a bar list on a linear scale, each bar in its direction's colour.

export function peopleParts(view: OverviewView): ChartParts {
  const { people, sides, labels } = view;
  const height = people.ok ? barListHeight(people.data, FIRST_LAYOUT_WIDTH / 2) : 0;
  return {
    ...partsBase("people", labels.titles.people, people),
    legend: people.ok ? [...sidesLegend(sides, labels.legend), ...qualifierLegend(labels.legend)] : [],
    height,
    drawing: people.ok ? <BarListChart chart="people" data={people.data} height={height} scale="linear" label={labels.aria.people} /> : null,
    table: people.ok ? <BarListTable chart="people" data={people.data} caption={labels.captions.people} /> : null,
  };
}
