import { shapeOverview, type OverviewRequest, type OverviewView } from "@/lib/charts/overview";
import { publicBaseUrl } from "@/lib/env";
import { getOverviewData, type OverviewData } from "../../data/overview";
import { VersionedCache } from "../../data/read-cache";

// The overview's charts, shaped once per data version and view (unit family, unit, currency and
// ruble assumption) and then served from memory: shaping walks every figure of the dataset, and
// the overview, its embeds and the presentation ask for the same few views again and again.
// lib/charts stays pure; this is only its memo.

export interface OverviewWithView {
  data: OverviewData;
  view: OverviewView;
}

// A few dozen views: families × units × currencies × assumptions actually asked for.
const viewCache = new VersionedCache<OverviewWithView | null>(64);

export function getOverviewView(request: OverviewRequest, { baseUrl = publicBaseUrl() } = {}): Promise<OverviewWithView | null> {
  const key = JSON.stringify([baseUrl, request.family ?? null, request.unit ?? null, request.currency, request.assume]);
  return viewCache.get(key, async () => {
    const data = await getOverviewData({ baseUrl });
    if (!data) return null;
    const view = shapeOverview(
      {
        datasetSlug: data.dataset.slug,
        figures: data.figures,
        events: data.events,
        phases: data.phases,
        rates: data.rates,
        primarySource: data.primarySource,
      },
      request,
    );
    return { data, view };
  });
}
