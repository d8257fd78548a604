import type { OverviewView } from "@/lib/charts/overview";
import type { LegendItem } from "@/lib/export/legend";
import { directionLegend, partsBase, type ChartParts } from "../chart-parts";
import { DIRECTION_PATTERNS, DIRECTION_TOKENS } from "../direction-colors";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { TimelineChart } from "../lazy-charts";
import { packTimeline } from "@/lib/charts/timeline/timeline-wire";
import { KeyEventsControl } from "./key-events-control";
import { TimelineTable } from "./timeline-table";

// The overview's timeline: phases, events and every figure with a period.

function timelineLegend(view: OverviewView): LegendItem[] {
  const { legend } = view.labels;
  const figure = { prefix: legend.figurePrefix, fallback: legend.figure };
  return [
    { glyph: "◆", label: legend.event },
    directionLegend("a_to_b", view.sides, figure),
    { ...directionLegend("b_to_a", view.sides, figure), swatch: { color: DIRECTION_TOKENS.b_to_a, style: DIRECTION_PATTERNS.b_to_a } },
    { swatch: { color: DIRECTION_TOKENS.context, style: "solid" }, label: legend.figureOther },
    { glyph: "●", label: legend.point },
  ];
}

export function timelineParts(view: OverviewView): ChartParts {
  const { timeline } = view;
  return {
    ...partsBase("timeline", view.labels.titles.timeline, timeline),
    legend: timeline.ok ? timelineLegend(view) : [],
    height: timeline.height,
    controls: timeline.ok && timeline.data.events.length > 5 ? <KeyEventsControl total={timeline.data.events.length} /> : undefined,
    drawing: timeline.ok ? <TimelineChart wire={packTimeline(timeline.data)} /> : null,
    table: timeline.ok ? <TimelineTable data={timeline.data} /> : null,
  };
}
