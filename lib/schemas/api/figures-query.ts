import { z } from "zod";
import { CATEGORY_CODE_PATTERN, FLAG_CODES, QUALIFIER_CODES, UNIT_CODE_PATTERN } from "@/lib/vocab";
import {
  actorListParam,
  booleanParam,
  codeListParam,
  openCodeListParam,
  datasetFilterParam,
  downloadParams,
  intParam,
  keyParam,
  pagingParams,
  searchParam,
  yearRangeParams,
} from "./params";
import { checkYearOrder } from "./year-range";

// The figures filter, shared by GET /api/v1/figures (JSON and CSV) and the explore page's URL
// state, so that a page URL and an API URL with the same parameters mean the same rows.

const FIGURE_SORT_KEYS = [
  "id",
  "key",
  "label",
  "category",
  "kind",
  "from",
  "to",
  "value",
  "unit",
  "qualifier",
  "period_start",
  "period_end",
  "dataset",
] as const;
export type FigureSortKey = (typeof FIGURE_SORT_KEYS)[number];
export type FigureSort = FigureSortKey | `-${FigureSortKey}`;

export const FIGURES_MAX_LIMIT = 1000;
const FIGURES_DEFAULT_LIMIT = 100;
export const NO_PARENT = "none";

const parentParam = z
  .union([z.literal(NO_PARENT), intParam(1, 2_147_483_647)], {
    error: 'must be a figure id (a whole number from 1) or "none"',
  })
  .meta({ description: 'A figure id: only its components. "none": only top-level figures.' });

export const figuresQueryShape = {
  dataset: datasetFilterParam(),
  from: actorListParam().optional(),
  to: actorListParam().optional(),
  category: openCodeListParam(CATEGORY_CODE_PATTERN, "category", "a core category (credits_loans, grants, trade…) or one a dataset declares").optional(),
  unit: openCodeListParam(UNIT_CODE_PATTERN, "unit", "an ISO 4217 currency (USD), a unit of mass, length, area or time (t, km2), or one a dataset declares (persons)").optional(),
  qualifier: codeListParam(QUALIFIER_CODES, "qualifier").optional(),
  phase: keyParam("phase key")
    .optional()
    .meta({ description: "Phase key: figures whose period overlaps the phase's years (figures with no period never match)." }),
  ...yearRangeParams(),
  q: searchParam().optional(),
  parent: parentParam.optional(),
  derived: booleanParam()
    .optional()
    .meta({ description: "true: only figures derived from the text; false: only printed ones." }),
  flag: z
    .enum(FLAG_CODES, { error: `must be one of ${FLAG_CODES.join(", ")}` })
    .optional()
    .meta({ description: "Only figures carrying this flag." }),
  ...pagingParams(FIGURE_SORT_KEYS, "id", FIGURES_MAX_LIMIT, FIGURES_DEFAULT_LIMIT),
  cursor: z
    .string()
    .max(2000, { error: "is not a cursor this API issued" })
    .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, { error: "is not a cursor this API issued" })
    .optional()
    .meta({ description: "Opaque cursor from meta.nextCursor: the page after that row. Not with page." }),
  ...downloadParams(),
};

export const figuresQuerySchema = z.strictObject(figuresQueryShape).superRefine((query, ctx) => {
  checkYearOrder(query, ctx);
  if (query.page !== undefined && query.cursor !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["cursor"],
      message: "give either page or cursor, not both",
      params: { code: "conflicting_parameters" },
    });
});

export type FiguresQuery = z.output<typeof figuresQuerySchema>;

/** The filter part of a figures query: what decides which rows match, not how they are shown. */
export const FIGURE_FILTER_KEYS = [
  "dataset",
  "from",
  "to",
  "category",
  "unit",
  "qualifier",
  "phase",
  "year_from",
  "year_to",
  "q",
  "parent",
  "derived",
  "flag",
] as const satisfies readonly (keyof FiguresQuery)[];
export type FigureFilters = Pick<FiguresQuery, (typeof FIGURE_FILTER_KEYS)[number]>;

/** The filters of a (partial) query, without the keys it leaves out. */
export function pickFigureFilters(query: Partial<FiguresQuery>): FigureFilters {
  return Object.fromEntries(FIGURE_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => [key, query[key]])) as FigureFilters;
}
