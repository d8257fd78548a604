import { z } from "zod";
import { shapeOverview, type OverviewRequest, type OverviewView } from "@/lib/charts/overview";
import { getOverviewData, type OverviewData } from "@/lib/data/overview";
import { VersionedCache } from "@/lib/data/read-cache";
import { publicBaseUrl } from "@/lib/env";
import { UNIT_CODES } from "@/lib/vocab";
import { CURRENCY_VIEW_CODES, RUBLE_ASSUMPTION_CODES } from "@/lib/vocab/currency-view";
import { lenientParse, type UrlNotice } from "./lenient-parse";
import { dropEmptyParams, type RawParams } from "./raw-params";
import { CHART_VIEWS, OVERVIEW_PARAM_KEYS, SCALES, UNIT_FAMILY_CODES } from "./overview/param-codes";

// The overview (/) and the pages that show its charts elsewhere (/embed/<chart>, /present). Every
// view can be shared: the URL holds the unit the ledger shows, the currency view, and per chart
// whether the chart or its table is shown. The server reads the parameters leniently (a bad value
// falls back to its default with a notice); the client controls write them with nuqs
// (overview/use-overview-params.ts), using the zod-free codes of overview/param-codes.ts.

const chartView = z.enum(CHART_VIEWS).default("chart");

// Exactly the keys the browser knows (param-codes.ts): `satisfies` fails to compile on a missing
// key, and the object literal on an extra one.
const overviewParamsShape = {
  family: z.enum(UNIT_FAMILY_CODES).optional(),
  unit: z.enum(UNIT_CODES).optional(),
  currency: z.enum(CURRENCY_VIEW_CODES).default("original"),
  assume: z.enum(RUBLE_ASSUMPTION_CODES).default("none"),
  goods_scale: z.enum(SCALES).default("log"),
  view_ledger: chartView,
  view_flow: chartView,
  view_timeline: chartView,
  view_goods: chartView,
  view_people: chartView,
} satisfies Record<(typeof OVERVIEW_PARAM_KEYS)[number], z.ZodType>;

type OverviewParams = z.output<z.ZodObject<typeof overviewParamsShape>>;

export interface LoadedOverview {
  data: OverviewData;
  view: OverviewView;
  params: OverviewParams;
  /** The URL's ignored parameters, then what the shaping could not honour. */
  notices: UrlNotice[];
}

// Shaping walks every figure of the dataset, and the overview, its embeds and the presentation ask
// for the same few views again and again: each is shaped once per data version and then served
// from memory. A few dozen views: families × units × currencies × assumptions actually asked for.
const shapedViews = new VersionedCache<{ data: OverviewData; view: OverviewView } | null>(64);

function getShapedOverview(request: OverviewRequest, baseUrl: string) {
  const key = JSON.stringify([baseUrl, request.family ?? null, request.unit ?? null, request.currency, request.assume]);
  return shapedViews.get(key, async () => {
    const data = await getOverviewData({ baseUrl });
    if (!data) return null;
    const { dataset, figures, events, phases, rates, primarySource } = data;
    const view = shapeOverview({ meta: dataset.meta, figures, events, phases, rates, primarySource }, request);
    return { data, view };
  });
}

/**
 * The overview's data and shaped charts for a page's URL; null before any dataset is loaded.
 * `extra` declares the page's own parameters on top of the overview's (the presentation's chart).
 */
export async function loadOverview(raw: RawParams, extra: z.ZodRawShape = {}): Promise<LoadedOverview | null> {
  const { value, notices } = lenientParse({ ...overviewParamsShape, ...extra }, dropEmptyParams(raw));
  const params = value as unknown as OverviewParams;
  const loaded = await getShapedOverview(
    { family: params.family, unit: params.unit, currency: params.currency, assume: params.assume },
    publicBaseUrl(),
  );
  if (!loaded) return null;
  return { ...loaded, params, notices: [...notices, ...loaded.view.notices] };
}
