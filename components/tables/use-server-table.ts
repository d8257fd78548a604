"use client";

import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  type TableOptions,
  type Updater,
} from "@tanstack/react-table";
import { useMemo, useOptimistic } from "react";
import type { ListView, ListViewState } from "@/lib/views/list/list-view";
import { dataTableFeatures, type DataTableFeatures } from "./table-features";
import { useUrlNavigation } from "./use-url-navigation";

// The TanStack Table of a list page (lib/views/list). Its sort, page and column state live in the
// URL: the table is "controlled" from the view the server parsed, and every change is a navigation
// to the new URL, which the server answers with the matching page of rows (manualSorting,
// manualPagination). The header and the column menu answer at once; the rows follow when the
// server has them.

interface ServerTableInput<View extends ListViewState, Filter extends keyof View & string, Column extends string, Row extends { id: number }> {
  list: ListView<View, Filter, Column>;
  view: View;
  rows: Row[];
  total: number;
  /** Defined at module scope: the table rebuilds its column model when the array changes. */
  columns: TableOptions<DataTableFeatures, Row>["columns"];
}

export function useServerTable<View extends ListViewState, Filter extends keyof View & string, Column extends string, Row extends { id: number }>({
  list,
  view,
  rows,
  total,
  columns,
}: ServerTableInput<View, Filter, Column, Row>) {
  const { navigate, pending } = useUrlNavigation();
  const page = view.page ?? 1;
  const columnIds = Object.keys(list.columnSort) as Column[];

  const urlSorting = useMemo<SortingState>(() => list.sortingOf(view.sort), [list, view.sort]);
  const urlVisibility = useMemo<ColumnVisibilityState>(() => {
    const shown = list.visibleColumns(view);
    return shown ? Object.fromEntries(Object.keys(list.columnSort).map((id) => [id, shown.includes(id as Column)])) : {};
  }, [list, view]);
  const [sorting, setOptimisticSorting] = useOptimistic(urlSorting);
  const [columnVisibility, setOptimisticVisibility] = useOptimistic(urlVisibility);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: page - 1, pageSize: view.limit }), [page, view.limit]);
  const change = (changes: Partial<View>) => list.href(list.withChanges(view, changes));

  const table = useTable({
    features: dataTableFeatures,
    columns,
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
      navigate(change({ sort: list.sortOf(next) } as Partial<View>), { optimistic: () => setOptimisticSorting(next) });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      const visible = columnIds.filter((id) => next[id] !== false);
      navigate(list.href(list.withColumns(view, visible)), { replace: true, optimistic: () => setOptimisticVisibility(next) });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      navigate(change({ limit: next.pageSize, page: next.pageIndex + 1 } as Partial<View>));
    },
  });

  return {
    table,
    /** A navigation is under way: the rows on screen are about to be replaced. */
    pending,
    page,
    pageCount: table.getPageCount(),
    pageHref: (target: number) => change({ page: target } as Partial<View>),
  };
}
