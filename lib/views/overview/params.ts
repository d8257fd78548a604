import { z } from "zod";
import { CURRENCY_VIEW_CODES, RUBLE_ASSUMPTION_CODES } from "@/lib/vocab/currency-view";
import { UNIT_CODES } from "@/lib/vocab";
import { CHART_VIEWS, OVERVIEW_PARAM_KEYS, SCALES, UNIT_FAMILY_CODES } from "./param-codes";

// The overview's URL parameters. Every view can be shared: the unit the ledger shows, the currency
// view, and per chart whether the chart or its table is shown. The server reads them leniently
// (lib/url-state/lenient-parse.ts: a bad value falls back to its default with a notice); the client
// controls write them with nuqs, using the same codes.

// The codes themselves live in ./overview-param-codes.ts, without zod, for the browser.
export * from "./param-codes";

const chartView = z.enum(CHART_VIEWS).default("chart");

export const overviewParamsShape = {
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
};

export type OverviewParams = z.output<z.ZodObject<typeof overviewParamsShape>>;

// The keys the browser knows (overview-param-codes.ts) are exactly this shape's: this fails to compile otherwise.
type ShapeKey = keyof typeof overviewParamsShape;
type CodeKey = (typeof OVERVIEW_PARAM_KEYS)[number];
export const OVERVIEW_KEYS_MATCH: [ShapeKey] extends [CodeKey] ? ([CodeKey] extends [ShapeKey] ? true : never) : never = true;
