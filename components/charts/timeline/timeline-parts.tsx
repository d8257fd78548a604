import { timelineFirstHeight } from "@/lib/charts/timeline/timeline-layout";
import { formatYearSpan } from "@/lib/format";
import type { OverviewView } from "@/lib/charts/overview";
import type { LegendItem } from "@/lib/export/legend";
import { directionLegend, partsBase, type ChartParts } from "../chart-parts";
import { DIRECTION_PATTERNS, DIRECTION_TOKENS } from "../direction-colors";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { TimelineChart } from "../lazy-charts";
import { KeyEventsControl } from "./key-events-control";
import { TimelineTable } from "./timeline-table";

// The overview's timeline: phases, events and every figure with a period.

function timelineLegend(view: OverviewView): LegendItem[] {
  return [
    { glyph: "◆", label: "dated event, numbered by date (see the key)" },
    directionLegend("a_to_b", view.sides, { prefix: "figure, ", fallback: "figure" }),
    { ...directionLegend("b_to_a", view.sides, { prefix: "figure, ", fallback: "figure" }), swatch: { color: DIRECTION_TOKENS.b_to_a, style: DIRECTION_PATTERNS.b_to_a } },
    { swatch: { color: DIRECTION_TOKENS.context, style: "solid" }, label: "figure, other or no direction" },
    { glyph: "●", label: "stock or single date" },
  ];
}

export function timelineParts(view: OverviewView): ChartParts {
  const { timeline } = view;
  return {
    ...partsBase("timeline", `Timeline, ${formatYearSpan(timeline.years.from, timeline.years.to)}`, timeline),
    legend: timeline.ok ? timelineLegend(view) : [],
    height: timeline.ok ? timelineFirstHeight(timeline.data) : 0,
    controls: timeline.ok && timeline.data.events.length > 5 ? <KeyEventsControl total={timeline.data.events.length} /> : undefined,
    drawing: timeline.ok ? <TimelineChart data={timeline.data} /> : null,
    table: timeline.ok ? <TimelineTable data={timeline.data} /> : null,
  };
}
