import { z } from "zod";
import { withQuery } from "../with-query";
import { csvParams, jsonParams, listFileName } from "./download-links";
import type { ActiveFilter, RemovableFilter } from "./filter-options";
import type { UrlNotice } from "../lenient-parse";
import { parseListView } from "./parse-view";
import type { RawParams } from "../raw-params";
import { sortingOf, sortOf, type ColumnSorting } from "./sort-state";
import { writeParams } from "./url-params";
import { changeView, clearFilters } from "./view-changes";

// The view model of a list page. /figures and /events are one kind of page: a table of rows chosen
// by filters, sorted and paged by the server, whose whole state is its URL, so that any view can
// be shared and /api/v1/<rows>?<same params> answers with the same rows. A list view is that state,
// declared once per page (lib/views/figures.ts, lib/views/events.ts) with only what differs: the
// addresses, the URL parameters (the API's own schema plus the page's presentation parameters),
// which parameters filter, and which API key each column sorts by. defineListView turns the
// declaration into everything the page, its filters, its table and its downloads need:
//
//   parse                    the page's URL → a view; invalid parts dropped with a notice (parse-view.ts)
//   href, apiHref            a view → the page's address, or the API's for the same rows (url-params.ts)
//   withChanges              the view after a control changed it, back on page 1 when the rows change
//   csvHref, jsonHref, fileName   the downloads of the same rows and their names (download-links.ts)
//   sortingOf, sortOf        the URL's sort ↔ TanStack Table's sorting state (sort-state.ts)
//
// Reading the rows is the server's part: lib/views/<page>/load.ts hands the view to lib/data
// through readLeniently (load-view.ts), which drops a parameter only the database can reject.
// The overview is not a list; lib/views/overview.ts declares its parameters and its loader.

/** What every list view has: the API's sort and paging, and a dataset and years to filter by. */
export interface ListViewState {
  sort: string;
  limit: number;
  page?: number;
  dataset?: string;
  year_from?: number;
  year_to?: number;
}

/** The API sort keys of a view: its sort without the "-" of descending. */
type SortKey<View extends ListViewState> = Exclude<View["sort"], `-${string}`>;

export interface ListViewDeclaration<View extends ListViewState, Filter extends keyof View & string, Column extends string> {
  /** The page's address, and the API endpoint that lists the same rows for the same parameters. */
  path: string;
  apiPath: string;
  /** What the rows are, in file names; pages name them in their language from the glossary. */
  entity: "figures" | "events";
  /** Every URL parameter of the page: the API's own, plus the page's presentation parameters. */
  shape: z.ZodRawShape;
  /** The parameters that choose rows, in URL order. */
  filterKeys: readonly Filter[];
  /**
   * The page's own parameters and their defaults: how the rows are shown, never which rows.
   * They are left out of API links, and changing one keeps the page number. A list whose
   * presentation has `cols` lets visitors choose its columns.
   */
  presentation: Partial<View>;
  /** Every column of the table, in order, with the API sort key it sorts by (null: it does not sort). */
  columnSort: Readonly<Record<Column, SortKey<View> | null>>;
  /** Rows per page when the URL gives no limit, where the page's default differs from the API's. */
  pageLimit?: number;
  /** The API's largest page: a JSON download holds this many rows. */
  maxLimit: number;
}

export interface ListView<View extends ListViewState, Filter extends keyof View & string, Column extends string> {
  readonly path: string;
  /** What the rows are; the page names them in its language from the glossary's terms. */
  readonly entity: "figures" | "events";
  readonly filterKeys: readonly Filter[];
  readonly columnSort: Readonly<Record<Column, SortKey<View> | null>>;
  readonly maxLimit: number;
  /** The view a page URL asks for; anything invalid falls back to its default, with a notice. */
  parse(raw: RawParams): { view: View; notices: UrlNotice[] };
  /** The page's query string for a view (defaults left out, so equal views give equal URLs). */
  toSearchParams(view: Partial<View>): URLSearchParams;
  /** The API query for the same rows: the same names and values, without presentation parameters. */
  toApiParams(view: Partial<View>): URLSearchParams;
  href(view: Partial<View>): string;
  apiHref(view: Partial<View>): string;
  withChanges(view: View, changes: Partial<View>): View;
  /** The same view with every filter removed (sort, page size and presentation kept). */
  withoutFilters(view: View): View;
  /**
   * The active filters as chips that each link to the view without them, and the link to the view
   * without any (null when no filter is active).
   */
  filterLinks(view: View, active: readonly ActiveFilter<Filter>[]): { active: RemovableFilter[]; clearHref: string | null };
  /** The columns shown, for a list that lets visitors choose them; null when every column shows. */
  visibleColumns(view: View): readonly Column[] | null;
  withColumns(view: View, visible: Column[]): View;
  csvHref(view: Partial<View>, options?: { bom?: boolean }): string;
  jsonHref(view: Partial<View>): string;
  fileName(view: Partial<View>, options?: { date?: Date; extension?: "csv" | "json" }): string;
  sortingOf(sort: View["sort"]): ColumnSorting;
  sortOf(sorting: ColumnSorting): View["sort"];
}

export function defineListView<View extends ListViewState, Filter extends keyof View & string, Column extends string>(
  declaration: ListViewDeclaration<View, Filter, Column>,
): ListView<View, Filter, Column> {
  const { path, apiPath, entity, shape, filterKeys, presentation, columnSort, maxLimit } = declaration;
  // What a URL may leave out: the API's defaults (its schema's); on the page also the page's own
  // page size and presentation defaults.
  const api = z.object(shape).parse({}) as unknown as ListViewState;
  const apiDefaults = { sort: api.sort, limit: api.limit, page: 1 };
  const pageLimit = declaration.pageLimit ?? api.limit;
  const pageDefaults: Record<string, unknown> = { ...apiDefaults, limit: pageLimit, ...presentation };
  const keepPage = Object.keys(presentation);
  const apiOrder = [...filterKeys, "sort", "limit", "page"];
  const pageOrder = [...apiOrder, ...keepPage];

  const toSearchParams = (view: Partial<View>) => writeParams(view, pageOrder, pageDefaults);
  const toApiParams = (view: Partial<View>) => writeParams({ ...pageDefaults, ...view }, apiOrder, apiDefaults);
  const href = (view: Partial<View>) => withQuery(path, toSearchParams(view));
  const withChanges = (view: View, changes: Partial<View>) => changeView(view, changes, keepPage);
  const withoutFilters = (view: View) => clearFilters(view, filterKeys, keepPage);
  const defaultColumns = (presentation as { cols?: readonly Column[] }).cols;

  return {
    path,
    entity,
    filterKeys,
    columnSort,
    maxLimit,
    parse: (raw) => parseListView(shape, raw, pageLimit) as unknown as { view: View; notices: UrlNotice[] },
    toSearchParams,
    toApiParams,
    href,
    apiHref: (view) => withQuery(apiPath, toApiParams(view)),
    withChanges,
    withoutFilters,
    filterLinks: (view, active) => ({
      active: active.map((filter) => ({ ...filter, removeHref: href(withChanges(view, { [filter.key]: undefined } as Partial<View>)) })),
      clearHref: active.length > 0 ? href(withoutFilters(view)) : null,
    }),
    visibleColumns: (view) => (defaultColumns ? ((view as { cols?: readonly Column[] }).cols ?? defaultColumns) : null),
    withColumns: (view, visible) => withChanges(view, { cols: visible } as unknown as Partial<View>),
    csvHref: (view, { bom = false } = {}) => withQuery(apiPath, csvParams(toApiParams(view), bom)),
    jsonHref: (view) => withQuery(apiPath, jsonParams(toApiParams(view), maxLimit)),
    fileName: (view, options) => listFileName(entity, filterKeys, view, options),
    sortingOf: (sort) => sortingOf(sort, columnSort),
    sortOf: (sorting) => sortOf(sorting, columnSort, api.sort) as View["sort"],
  };
}
