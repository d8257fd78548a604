import { timelineGeometry } from "@/lib/charts/layout";
import { formatYearSpan } from "@/lib/format";
import type { OverviewView } from "@/lib/charts/overview";
import type { LegendItem } from "@/lib/export/legend";
import { directionLegend, partsBase, type ChartParts } from "../chart-parts";
import { DIRECTION_TOKENS } from "../direction-colors";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { TimelineChart } from "../lazy-charts";
import { TimelineTable } from "./timeline-table";

// The overview's timeline: phases, events and every figure with a period.

function timelineLegend(view: OverviewView): LegendItem[] {
  return [
    { glyph: "◆", label: "dated event" },
    directionLegend("a_to_b", view.sides, { prefix: "figure, ", fallback: "figure" }),
    directionLegend("b_to_a", view.sides, { prefix: "figure, ", fallback: "figure" }),
    { swatch: { color: DIRECTION_TOKENS.context, style: "solid" }, label: "figure, other or no direction" },
    { glyph: "●", label: "stock or single date" },
  ];
}

export function timelineParts(view: OverviewView): ChartParts {
  const { timeline } = view;
  return {
    ...partsBase("timeline", `Timeline, ${formatYearSpan(timeline.years.from, timeline.years.to)}`, timeline),
    legend: timeline.ok ? timelineLegend(view) : [],
    height: timeline.ok ? timelineGeometry(timeline.data).height : 0,
    drawing: timeline.ok ? <TimelineChart data={timeline.data} /> : null,
    table: timeline.ok ? <TimelineTable data={timeline.data} /> : null,
  };
}
