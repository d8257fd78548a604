import type { z } from "zod";
import {
  FIGURE_FILTER_KEYS,
  FIGURES_MAX_LIMIT,
  figuresQueryShape,
  type FigureSortKey,
} from "@/lib/schemas/api/figures-query";
import { columnsParam } from "./list/columns-param";
import { defineListView } from "./list/list-view";

// The explore page (/figures) as a list view (lib/views/list/list-view.ts). Its filter, sort and
// paging parameters are the API's own (lib/schemas/api/figures-query.ts), so /figures?<params> and
// /api/v1/figures?<params> mean the same rows. The page adds `cols` (which columns are shown) and
// leaves out the API's cursor, format and bom: it pages by number and always renders HTML.

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
const ALWAYS_VISIBLE_COLUMN: FigureColumnId = "label";
export const DEFAULT_VISIBLE_COLUMNS: readonly FigureColumnId[] = FIGURE_COLUMN_IDS.filter((id) => id !== "dataset");

/** The API sort key behind each column, in the table's order; null where the API has none. */
const FIGURE_COLUMN_SORT: Record<FigureColumnId, FigureSortKey | null> = {
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

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the API-only parameters are left out on purpose
const { cursor, format, bom, ...pageShape } = figuresQueryShape;

const figuresViewShape = { ...pageShape, cols: columnsParam(FIGURE_COLUMN_IDS, ALWAYS_VISIBLE_COLUMN).optional() };
export type FiguresView = z.output<z.ZodObject<typeof figuresViewShape>>;
export type FigureFilterKey = (typeof FIGURE_FILTER_KEYS)[number];

export const figuresView = defineListView<FiguresView, FigureFilterKey, FigureColumnId>({
  path: "/figures",
  apiPath: "/api/v1/figures",
  entity: "figures",
  shape: figuresViewShape,
  // The same keys as the API's (one list): the explore page and /api/v1/figures filter alike.
  filterKeys: FIGURE_FILTER_KEYS,
  presentation: { cols: [...DEFAULT_VISIBLE_COLUMNS] },
  columnSort: FIGURE_COLUMN_SORT,
  maxLimit: FIGURES_MAX_LIMIT,
});
