import type { OverviewView } from "@/lib/charts/overview";
import type { ChartId } from "@/lib/views/overview/param-codes";
import type { ChartParts } from "@/components/charts/chart-parts";
import { flowParts } from "@/components/charts/flow-diagram/flow-parts";
import { goodsParts } from "@/components/charts/goods/goods-parts";
import { ledgerParts } from "@/components/charts/ledger/ledger-parts";
import { peopleParts } from "@/components/charts/people/people-parts";
import { timelineParts } from "@/components/charts/timeline/timeline-parts";

// One overview chart's parts, by id: the overview, an embed and the presentation all ask here.

export function overviewChartParts(view: OverviewView, id: ChartId): ChartParts {
  switch (id) {
    case "ledger":
      return ledgerParts(view);
    case "flow":
      return flowParts(view);
    case "timeline":
      return timelineParts(view);
    case "goods":
      return goodsParts(view);
    case "people":
      return peopleParts(view);
  }
}
