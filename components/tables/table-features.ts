import {
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";

// The features every Aidflow table registers, declared once at module scope (TanStack Table v9
// rebuilds its models when the feature object changes). Sorting and paging are done by the server
// through the URL, so no client row models are registered: the tables use manualSorting and
// manualPagination and render the rows they are given, in the order they are given.

export interface DataColumnMeta {
  /** The column's name, as a key of the `explore` messages, for the column menu. */
  labelKey: string;
  /** Render the cell as the row's header (<th scope="row">): the column that names the row. */
  rowHeader?: boolean;
  /** Right-align (numbers). */
  numeric?: boolean;
  /** A short hint for screen readers after the header's name (how values sort), as a key of `explore`. */
  sortHintKey?: string;
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
