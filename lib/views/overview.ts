import { z } from "zod";
import { shapeOverview, type OverviewRequest, type OverviewView } from "@/lib/charts/overview";
import { getOverviewData, type OverviewData } from "@/lib/data/overview";
import { VersionedCache } from "@/lib/data/read-cache";
import { publicBaseUrl } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { intParam } from "@/lib/schemas/api/params";
import { MAX_YEAR, MIN_YEAR } from "@/lib/schemas/partial-date";
import { UNIT_CODE_PATTERN } from "@/lib/vocab";
import { CURRENCY_VIEW_CODES, RUBLE_ASSUMPTION_CODES } from "@/lib/vocab/currency-view";
import { lenientParse, type UrlNotice } from "./lenient-parse";
import { dropEmptyParams, type RawParams } from "./raw-params";
import { chartWordsFor } from "./overview/chart-words";
import { withFamilyNames } from "@/lib/charts/words";
import { localActorName } from "./figure/actor-names";
import { withActorNames } from "./list/actor-names";
import { CHART_VIEWS, FAMILY_CODE_PATTERN, OVERVIEW_PARAM_KEYS, SCALES } from "./overview/param-codes";

// A dataset's overview (/datasets/<slug>, and / when only one dataset is loaded) and the pages that
// show its charts elsewhere (/embed/<slug>/<chart>, /datasets/<slug>/present). Every view can be
// shared: the URL holds the pair of actors and the year window, the unit the ledger shows, the
// currency view, and per chart whether the chart or its table is shown. The server reads the
// parameters leniently (a bad value falls back to its default with a notice); the client controls write them with nuqs
// (overview/use-overview-params.ts), using the zod-free codes of overview/param-codes.ts.

const chartView = z.enum(CHART_VIEWS).default("chart");

const year = () => intParam(MIN_YEAR, MAX_YEAR);
// The shape of an actor code, as the API's actor filter reads it; whether the pair has flows is the
// shaping's question (lib/charts/pairs.ts), which answers with a notice.
const actorCodeParam = () => z.string().regex(/^[A-Z][A-Z0-9_]{1,11}$/, { error: "must be an actor code (capital letters, digits and _)" });

// Exactly the keys the browser knows (param-codes.ts): `satisfies` fails to compile on a missing
// key, and the object literal on an extra one.
const overviewParamsShape = {
  a: actorCodeParam().optional(),
  b: actorCodeParam().optional(),
  year_from: year().optional(),
  year_to: year().optional(),
  family: z.string().regex(FAMILY_CODE_PATTERN, { error: "is not a unit family" }).optional(),
  unit: z.string().regex(UNIT_CODE_PATTERN, { error: "is not a unit code" }).optional(),
  currency: z.enum(CURRENCY_VIEW_CODES).default("original"),
  assume: z.enum(RUBLE_ASSUMPTION_CODES).default("none"),
  goods_scale: z.enum(SCALES).default("log"),
  view_ledger: chartView,
  view_flow: chartView,
  view_counterparts: chartView,
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

function getShapedOverview(slug: string, request: OverviewRequest, baseUrl: string, locale: Locale) {
  const key = JSON.stringify([slug, baseUrl, locale, request]);
  return shapedViews.get(key, async () => {
    const data = await getOverviewData(slug, { baseUrl });
    if (!data) return null;
    const { dataset, figures, events, phases, rates, primarySource } = data;
    const words = withFamilyNames(await chartWordsFor(locale), dataset.meta.familyNames);
    // The charts name actors from the figures: in the page's language (the dataset's own names for it).
    const named = locale === DEFAULT_LOCALE ? figures : withActorNames(figures, (actor) => localActorName(actor, locale, dataset.meta.actorNames));
    const view = shapeOverview({ dataset: dataset.slug, meta: dataset.meta, figures: named, events, phases, rates, primarySource }, request, words);
    return { data, view };
  });
}

/** A window that ends before it starts is read the other way round, with a notice. */
function yearWindow(params: OverviewParams): { yearFrom?: number; yearTo?: number; notices: UrlNotice[] } {
  const { year_from: from, year_to: to } = params;
  if (from !== undefined && to !== undefined && to < from) {
    const message = `year_to (${to}) is before year_from (${from}); showing ${to}–${from}`;
    return { yearFrom: to, yearTo: from, notices: [{ param: "year_to", message, text: { key: "yearsSwapped", values: { from: String(from), to: String(to) } } }] };
  }
  return { yearFrom: from, yearTo: to, notices: [] };
}

/**
 * The dataset's overview data and shaped charts for a page's URL; null when there is no dataset
 * `slug`. `extra` declares the page's own parameters on top of the overview's (the presentation's chart).
 * The charts' words are in `locale` (English for the API).
 */
export async function loadOverview(slug: string, raw: RawParams, extra: z.ZodRawShape = {}, locale: string = DEFAULT_LOCALE): Promise<LoadedOverview | null> {
  const { value, notices } = lenientParse({ ...overviewParamsShape, ...extra }, dropEmptyParams(raw));
  const params = value as unknown as OverviewParams;
  const { notices: windowNotices, ...window } = yearWindow(params);
  const request: OverviewRequest = { family: params.family, unit: params.unit, currency: params.currency, assume: params.assume, a: params.a, b: params.b, ...window };
  const loaded = await getShapedOverview(slug, request, publicBaseUrl(), isLocale(locale) ? locale : DEFAULT_LOCALE);
  if (!loaded) return null;
  return { ...loaded, params, notices: [...notices, ...windowNotices, ...loaded.view.notices] };
}
