import type { OverviewView } from "@/lib/charts/overview";
import type { ChartId } from "@/lib/views/overview/param-codes";
import type { ChartParts } from "@/components/charts/chart-parts";
import { counterpartsParts } from "@/components/charts/counterparts/counterparts-parts";
import { flowParts } from "@/components/charts/flow-diagram/flow-parts";
import { goodsParts } from "@/components/charts/goods/goods-parts";
import { ledgerParts } from "@/components/charts/ledger/ledger-parts";
import { peopleParts } from "@/components/charts/people/people-parts";
import { timelineParts } from "@/components/charts/timeline/timeline-parts";

// One overview chart's parts, by id: the overview, an embed and the presentation all ask here.
// `slug` names the dataset, for the links the parts carry (the ledger's "Explore all figures").

export function overviewChartParts(view: OverviewView, id: ChartId, slug: string): ChartParts {
  switch (id) {
    case "ledger":
      return ledgerParts(view, slug);
    case "flow":
      return flowParts(view);
    case "counterparts":
      return counterpartsParts(view);
    case "timeline":
      return timelineParts(view);
    case "goods":
      return goodsParts(view);
    case "people":
      return peopleParts(view);
  }
}
