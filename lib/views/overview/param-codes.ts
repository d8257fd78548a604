
// The codes of the overview's URL parameters, without zod: the overview's client controls (nuqs)
// and share links use them in the browser, where the first-load JavaScript has a budget
// (scripts/check-bundle-budget.ts). The server's schema is lib/views/overview.ts.

// A unit and its family are the data's (lib/vocab/vocabulary.ts): the URL holds any code of their
// form, and the ledger's shaping drops one that no figure is in, with a notice.
export const FAMILY_CODE_PATTERN = /^[\p{L}\p{N}_]{1,60}$/u;

export const CHART_IDS = ["ledger", "flow", "counterparts", "timeline", "goods", "people"] as const;
export type ChartId = (typeof CHART_IDS)[number];
export const CHART_VIEWS = ["chart", "table"] as const;
export const SCALES = ["log", "linear"] as const;
export type ScaleKind = (typeof SCALES)[number];

export const viewParam = (chart: ChartId) => `view_${chart}` as const;

/** Every parameter of the overview, in the order of overviewParamsShape (lib/views/overview.ts). */
export const OVERVIEW_PARAM_KEYS = [
  "a",
  "b",
  "year_from",
  "year_to",
  "family",
  "unit",
  "currency",
  "assume",
  "goods_scale",
  "view_ledger",
  "view_flow",
  "view_counterparts",
  "view_timeline",
  "view_goods",
  "view_people",
] as const;
