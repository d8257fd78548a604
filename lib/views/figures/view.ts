import { z } from "zod";
import { FIGURE_FILTER_KEYS, FIGURES_DEFAULT_LIMIT, figuresQueryShape, type FigureSortKey } from "@/lib/schemas/api/figures-query";
import { lenientParse, type UrlNotice } from "../list/lenient-parse";
import { dropEmptyParams, type RawParams } from "../list/raw-params";

// The explore page's view, read from and written to its URL. The filter, sort and paging
// parameters are the API's own (lib/schemas/api/figures-query.ts), parsed by the same schema, so
// that /figures?<params> and /api/v1/figures?<params> mean the same rows. The page adds only
// `cols` (which columns are shown); it leaves out the API's cursor, format and bom, because the
// page pages by number and always renders HTML.

export const FIGURE_COLUMN_IDS = [
  "label",
  "value",
  "unit",
  "qualifier",
  "period",
  "from",
  "to",
  "category",
  "kind",
  "flags",
  "source",
  "dataset",
] as const;
export type FigureColumnId = (typeof FIGURE_COLUMN_IDS)[number];

/** The label is the link to the figure, so it can never be hidden. */
export const ALWAYS_VISIBLE_COLUMN: FigureColumnId = "label";
export const DEFAULT_VISIBLE_COLUMNS: readonly FigureColumnId[] = FIGURE_COLUMN_IDS.filter((id) => id !== "dataset");

/** The API sort key behind each sortable column; null where the API has none. */
export const FIGURE_COLUMN_SORT: Record<FigureColumnId, FigureSortKey | null> = {
  label: "label",
  value: "value",
  unit: "unit",
  qualifier: "qualifier",
  period: "period_start",
  from: "from",
  to: "to",
  category: "category",
  kind: "kind",
  flags: null,
  source: null,
  dataset: "dataset",
};

export const PAGE_SIZES = [10, 25, 50, 100, 250, 1000] as const;

const colsParam = z
  .string()
  .transform((text, ctx) => {
    const items = text.split(",");
    const unknown = items.find((item) => !(FIGURE_COLUMN_IDS as readonly string[]).includes(item));
    if (unknown !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `unknown column "${unknown.slice(0, 40)}"; expected some of ${FIGURE_COLUMN_IDS.join(", ")}, separated by commas`,
      });
      return z.NEVER;
    }
    const wanted = new Set<string>([ALWAYS_VISIBLE_COLUMN, ...items]);
    // Kept in the table's own column order, so equal sets always give equal URLs.
    return FIGURE_COLUMN_IDS.filter((id) => wanted.has(id));
  })
  .meta({ description: "Visible columns, separated by commas." });

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the API-only parameters are left out on purpose
const { cursor, format, bom, ...pageShape } = figuresQueryShape;

export const figuresViewShape = { ...pageShape, cols: colsParam.optional() };
export type FiguresView = z.output<z.ZodObject<typeof figuresViewShape>>;

/** The parameters that choose rows (not how they are sorted, paged or shown). */
// The same keys as the API's (one list): the explore page and /api/v1/figures filter alike.
export const FIGURE_VIEW_FILTER_KEYS = FIGURE_FILTER_KEYS satisfies readonly (keyof FiguresView)[];
export type FigureViewFilterKey = (typeof FIGURE_VIEW_FILTER_KEYS)[number];

// URL order: filters, then sort and paging, then presentation.
const PARAM_ORDER = [...FIGURE_VIEW_FILTER_KEYS, "sort", "limit", "page", "cols"] as const satisfies readonly (keyof FiguresView)[];

export const DEFAULT_FIGURES_VIEW: FiguresView = z.object(figuresViewShape).parse({});

/** The view a page URL asks for; anything invalid falls back to its default, with a notice. */
export function parseFiguresView(raw: RawParams): { view: FiguresView; notices: UrlNotice[] } {
  const { value, notices } = lenientParse(figuresViewShape, dropEmptyParams(raw));
  return { view: dropReversedYears(value, notices), notices };
}

/** The API refuses a range that ends before it starts; the page drops the end instead. */
export function dropReversedYears<View extends { year_from?: number; year_to?: number }>(view: View, notices: UrlNotice[]): View {
  if (view.year_from === undefined || view.year_to === undefined || view.year_to >= view.year_from) return view;
  notices.push({ param: "year_to", message: `ignored year_to: it must not be before year_from (${view.year_from})` });
  const next = { ...view };
  delete next.year_to;
  return next;
}

/** The string a parsed value is written as in a URL, or null when it is the default (left out). */
function paramString(key: keyof FiguresView, view: Partial<FiguresView>): string | null {
  const value = view[key];
  if (value === undefined || value === null) return null;
  if (key === "sort" && value === DEFAULT_FIGURES_VIEW.sort) return null;
  if (key === "limit" && value === FIGURES_DEFAULT_LIMIT) return null;
  if (key === "page" && value === 1) return null;
  if (key === "cols" && Array.isArray(value) && sameColumns(value as FigureColumnId[], DEFAULT_VISIBLE_COLUMNS)) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(",");
  return String(value);
}

function sameColumns(a: readonly FigureColumnId[], b: readonly FigureColumnId[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** The page's query string for a view (defaults left out, so equal views give equal URLs). */
export function figuresViewToSearchParams(view: Partial<FiguresView>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of PARAM_ORDER) {
    const text = paramString(key, view);
    if (text !== null) params.set(key, text);
  }
  return params;
}

/**
 * The API query for the same rows as a page view: the same names and values, without the
 * page-only `cols`. `/api/v1/figures?<this>` answers with the rows the page shows.
 */
export function figuresViewToApiParams(view: Partial<FiguresView>): URLSearchParams {
  const params = figuresViewToSearchParams(view);
  params.delete("cols");
  return params;
}

export function figuresApiHref(view: Partial<FiguresView>): string {
  const query = figuresViewToApiParams(view).toString();
  return query ? `/api/v1/figures?${query}` : "/api/v1/figures";
}

/** The explore page's address for a view. */
export function figuresViewHref(view: Partial<FiguresView>): string {
  const query = figuresViewToSearchParams(view).toString();
  return query ? `/figures?${query}` : "/figures";
}

/**
 * A view with some parameters changed. Any change to the filters, the sort or the page size
 * returns to the first page, because the old page number would point into a different list.
 */
export function withViewChanges(view: FiguresView, changes: Partial<FiguresView>): FiguresView {
  const next = { ...view, ...changes };
  const resetsPage = Object.keys(changes).some((key) => key !== "page" && key !== "cols");
  if (resetsPage && !("page" in changes)) delete next.page;
  for (const key of Object.keys(next) as (keyof FiguresView)[]) if (next[key] === undefined) delete next[key];
  return next;
}

/** The same view with every filter removed (sort, page size and columns kept). */
export function withoutFilters(view: FiguresView): FiguresView {
  const changes = Object.fromEntries(FIGURE_VIEW_FILTER_KEYS.map((key) => [key, undefined])) as Partial<FiguresView>;
  return withViewChanges(view, changes);
}

export function activeFilterKeys(view: FiguresView): FigureViewFilterKey[] {
  return FIGURE_VIEW_FILTER_KEYS.filter((key) => view[key] !== undefined);
}

export function visibleColumns(view: FiguresView): readonly FigureColumnId[] {
  return view.cols ?? DEFAULT_VISIBLE_COLUMNS;
}
