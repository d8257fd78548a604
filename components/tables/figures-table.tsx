"use client";

import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import Link from "next/link";
import { useEffect, useMemo, useOptimistic, type ReactNode } from "react";
import { formatRowRange } from "@/lib/format";
import type { FigureDto } from "@/lib/schemas/api/figure-response";
import type { FigureSort } from "@/lib/schemas/api/figures-query";
import { rememberExploreView } from "@/lib/views/figures/explore-return";
import {
  DEFAULT_FIGURES_VIEW,
  FIGURE_COLUMN_IDS,
  FIGURE_COLUMN_SORT,
  PAGE_SIZES,
  figuresApiHref,
  figuresViewHref,
  visibleColumns,
  withViewChanges,
  type FigureColumnId,
  type FiguresView,
} from "@/lib/views/figures/view";
import { CiteThis } from "@/components/controls/cite-this";
import { CopyButton } from "@/components/controls/copy-button";
import type { DatasetCiteInput } from "@/lib/export/citations";
import { datapackageHref, figuresViewCsvHref, figuresViewJsonHref, figuresViewJsonName } from "@/lib/export/download-links";
import { FIGURES_MAX_LIMIT } from "@/lib/schemas/api/figures-query";
import { ColumnMenu } from "./column-menu";
import { DownloadMenu } from "./download-menu";
import { DataTable } from "./data-table";
import { figureColumns } from "./figure-columns";
import { PaginationNav } from "./pagination-nav";
import { dataTableFeatures } from "./table-features";
import styles from "./table-toolbar.module.css";
import { useUrlNavigation } from "./use-url-navigation";

// The explore table. Its sort, page and column state live in the URL: the table is "controlled"
// from the view the server parsed, and every change is a navigation to the new URL, which the
// server answers with the matching page of rows (manualSorting, manualPagination).

const NOUN = { one: "figure", other: "figures" };

/** The TanStack sort state for an API sort ("-value" is the value column, descending). */
function sortingOf(sort: FigureSort): SortingState {
  const desc = sort.startsWith("-");
  const key = desc ? sort.slice(1) : sort;
  const column = FIGURE_COLUMN_IDS.find((id) => FIGURE_COLUMN_SORT[id] === key);
  return column ? [{ id: column, desc }] : [];
}

function sortOf(sorting: SortingState): FigureSort {
  const first = sorting[0];
  const key = first ? FIGURE_COLUMN_SORT[first.id as FigureColumnId] : null;
  if (!first || !key) return DEFAULT_FIGURES_VIEW.sort;
  return first.desc ? `-${key}` : key;
}

export function FiguresTable({
  view,
  rows,
  total,
  emptyState,
  dataset = null,
}: {
  view: FiguresView;
  rows: FigureDto[];
  total: number;
  emptyState: ReactNode;
  /** The dataset the page shows, for the full downloads and "Cite this". */
  dataset?: Omit<DatasetCiteInput, "url"> | null;
}) {
  const { navigate, pending } = useUrlNavigation();
  const page = view.page ?? 1;
  const href = figuresViewHref(view);

  // The figure page's "back to explore" link returns to this exact view.
  useEffect(() => rememberExploreView(href), [href]);

  const urlSorting = useMemo(() => sortingOf(view.sort), [view.sort]);
  const urlVisibility = useMemo<ColumnVisibilityState>(() => {
    const shown = visibleColumns(view);
    return Object.fromEntries(FIGURE_COLUMN_IDS.map((id) => [id, shown.includes(id)]));
  }, [view]);
  // The header and the column menu answer at once; the rows follow when the server has them.
  const [sorting, setOptimisticSorting] = useOptimistic(urlSorting);
  const [columnVisibility, setOptimisticVisibility] = useOptimistic(urlVisibility);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: page - 1, pageSize: view.limit }), [page, view.limit]);

  const table = useTable({
    features: dataTableFeatures,
    columns: figureColumns,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting, columnVisibility, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting);
      navigate(figuresViewHref(withViewChanges(view, { sort: sortOf(next) })), { optimistic: () => setOptimisticSorting(next) });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      const cols = FIGURE_COLUMN_IDS.filter((id) => next[id] !== false);
      navigate(figuresViewHref(withViewChanges(view, { cols })), { replace: true, optimistic: () => setOptimisticVisibility(next) });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      navigate(figuresViewHref(withViewChanges(view, { limit: next.pageSize, page: next.pageIndex + 1 })));
    },
  });

  const pageCount = table.getPageCount();
  const offset = (page - 1) * view.limit;
  const countText = formatRowRange({ offset, shown: rows.length, total }, NOUN);
  const pastTheEnd = rows.length === 0 && total > 0;

  return (
    <section aria-labelledby="figures-table-heading">
      <h2 id="figures-table-heading" className="visually-hidden">
        Figures
      </h2>
      <div className={styles.toolbar}>
        <p className={styles.count} role="status" data-testid="row-count">
          {countText}
        </p>
        <div className={styles.tools}>
          <label className={styles.pageSize}>
            Rows per page
            <select
              className={styles.select}
              value={view.limit}
              onChange={(event) => table.setPageSize(Number(event.target.value))}
              data-testid="page-size"
            >
              {[...new Set([...PAGE_SIZES, view.limit])]
                .sort((a, b) => a - b)
                .map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
            </select>
          </label>
          <ColumnMenu table={table} />
          <DownloadMenu
            note={`The rows of this view: the same filters and order, every page (${total} row${total === 1 ? "" : "s"}).`}
            items={[
              { label: "CSV of this view", href: figuresViewCsvHref(view), testId: "download-csv" },
              { label: "CSV for Excel (with BOM)", href: figuresViewCsvHref(view, { bom: true }), testId: "download-csv-excel" },
              {
                label: "JSON of this view",
                href: figuresViewJsonHref(view),
                fileName: figuresViewJsonName(view),
                testId: "download-json",
                hint: total > FIGURES_MAX_LIMIT ? `The first ${FIGURES_MAX_LIMIT} rows; the file links to the next page.` : undefined,
              },
              { label: "Every figure (CSV)", href: figuresViewCsvHref({ dataset: view.dataset }), testId: "download-all-csv" },
              ...(dataset
                ? [{ label: "Whole dataset as a data package (zip)", href: datapackageHref(dataset.slug), testId: "download-datapackage", hint: "CSV files, a datapackage.json describing every column, and how to cite." }]
                : []),
            ]}
          />
          <CopyButton label="Copy link" getText={() => `${window.location.origin}${href}`} copied="Link to this view copied." testId="copy-link-figures" />
          {dataset ? <CiteThis subject={{ kind: "dataset", dataset }} /> : null}
          <a className="button" href={figuresApiHref(view)} data-testid="api-link">
            View as JSON (API)
          </a>
        </div>
      </div>
      <DataTable
        table={table}
        testId="figures-table"
        caption={
          <>
            Figures as the source prints them, with qualifier, unit, period and source. Sorting by value groups the rows by
            unit first: values in different units are never compared.
          </>
        }
        rowHref={(figure) => `/figures/${figure.id}`}
        busy={pending}
        empty={
          pastTheEnd ? (
            <>
              <p>
                Page {page} is past the end of this list, which has {pageCount} page{pageCount === 1 ? "" : "s"}.
              </p>
              <Link href={figuresViewHref(withViewChanges(view, { page: pageCount }))}>Go to the last page</Link>
            </>
          ) : (
            emptyState
          )
        }
      />
      <PaginationNav
        page={page}
        pageCount={pageCount}
        label="Figure pages"
        hrefFor={(target) => figuresViewHref(withViewChanges(view, { page: target }))}
      />
    </section>
  );
}
