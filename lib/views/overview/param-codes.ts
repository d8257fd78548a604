import { UNIT_FAMILY_LABELS, type UnitFamily } from "@/lib/vocab";

// The codes of the overview's URL parameters, without zod: the overview's client controls (nuqs)
// and share links use them in the browser, where the first-load JavaScript has a budget
// (scripts/check-bundle-budget.ts). The server's schema is lib/views/overview.ts.

export const UNIT_FAMILY_CODES = Object.keys(UNIT_FAMILY_LABELS) as [UnitFamily, ...UnitFamily[]];

export const CHART_IDS = ["ledger", "flow", "timeline", "goods", "people"] as const;
export type ChartId = (typeof CHART_IDS)[number];
export const CHART_VIEWS = ["chart", "table"] as const;
export const SCALES = ["log", "linear"] as const;
export type ScaleKind = (typeof SCALES)[number];

export const viewParam = (chart: ChartId) => `view_${chart}` as const;

/** Every parameter of the overview, in the order of overviewParamsShape (lib/views/overview.ts). */
export const OVERVIEW_PARAM_KEYS = [
  "family",
  "unit",
  "currency",
  "assume",
  "goods_scale",
  "view_ledger",
  "view_flow",
  "view_timeline",
  "view_goods",
  "view_people",
] as const;
