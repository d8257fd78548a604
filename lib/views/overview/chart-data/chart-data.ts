import type { ChartResult } from "@/lib/charts/chart-types";
import type { ChartText } from "@/lib/charts/overview";
import type { LoadedOverview } from "@/lib/views/overview";
import type { ChartId } from "../param-codes";
import { BAR_COLUMNS, barRows } from "./bar-data";
import { LEDGER_COLUMNS, ledgerRows } from "./ledger-data";
import { COUNTERPART_COLUMNS, counterpartRows, FLOW_COLUMNS, flowRows } from "./sum-data";
import type { ChartDataColumn, ChartDataTable, ChartDataValue } from "./table";
import { TIMELINE_COLUMNS, timelineRows } from "./timeline-data";

// One overview chart's data table, from the overview exactly as the page shaped it (loadOverview):
// the same pair, window, unit and currency, the same caps, the same marks in the same order.

const CHART_TITLES: Record<ChartId, string> = {
  ledger: "Two-way ledger",
  flow: "Flow diagram",
  counterparts: "Counterparts",
  timeline: "Timeline",
  goods: "Goods by commodity",
  people: "People",
};

function tableOf<T>(chart: ChartId, result: ChartResult<T> & ChartText, columns: ChartDataColumn[], rows: (data: T) => ChartDataValue[][]): ChartDataTable {
  const base = { chart, title: CHART_TITLES[chart], subtitle: result.subtitle, source: result.source, columns, caps: result.caps, notes: result.notes };
  return result.ok ? { ...base, rows: rows(result.data), reason: null } : { ...base, rows: [], reason: result.reason };
}

export function chartDataTable({ data, view, params }: Pick<LoadedOverview, "data" | "view" | "params">, chart: ChartId): ChartDataTable {
  const figures = new Map(data.figures.map((figure) => [figure.id, figure]));
  switch (chart) {
    case "ledger": {
      const context = { currency: params.currency, assume: params.assume, rates: data.rates };
      return tableOf(chart, view.ledger, LEDGER_COLUMNS, (ledger) => ledgerRows(ledger, figures, context));
    }
    case "flow":
      return tableOf(chart, view.sankey, FLOW_COLUMNS, flowRows);
    case "counterparts":
      return tableOf(chart, view.counterparts, COUNTERPART_COLUMNS, counterpartRows);
    case "timeline": {
      const events = new Map(data.events.map((event) => [event.id, event]));
      return tableOf(chart, view.timeline, TIMELINE_COLUMNS, (timeline) => timelineRows(timeline, figures, events));
    }
    case "goods":
      return tableOf(chart, view.goods, BAR_COLUMNS, (goods) => barRows(goods, figures));
    case "people":
      return tableOf(chart, view.people, BAR_COLUMNS, (people) => barRows(people, figures));
  }
}
