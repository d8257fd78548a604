"use client";

import type { ReactTable, Row, RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { useRouter } from "@/i18n/navigation";
import type { DataTableFeatures } from "./table-features";
import styles from "./data-table.module.css";

// The one generic table of the app: semantic <table> markup for a TanStack Table v9 instance,
// with sortable header buttons (aria-sort), a sticky header inside a horizontally scrolling box,
// optional group headings (one <tbody> per group), and rows that open their record:
// the row's link is the keyboard path (Tab to it, Enter), a click anywhere on the row does the
// same, and ArrowUp/ArrowDown move between the rows' links.

interface RowGroup {
  id: string;
  label: ReactNode;
  rowIds: string[];
}

interface DataTableProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData, unknown>;
  caption: ReactNode;
  /** Where a row leads; rows without it are not clickable. */
  rowHref?: (row: TData) => string;
  /** An HTML id for a row, so that other pages can link to it (#event-…). */
  rowDomId?: (row: TData) => string;
  /** Groups in display order; each lists the ids of its rows in the table's row order. */
  groups?: RowGroup[];
  /** Shown in place of the body when there are no rows. */
  empty: ReactNode;
  busy?: boolean;
  testId?: string;
}

type SortDir = false | "asc" | "desc";
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;
const SORT_ICON = { asc: "▲", desc: "▼" } as const;

export function DataTable<TData extends RowData>({ table, caption, rowHref, rowDomId, groups, empty, busy = false, testId }: DataTableProps<TData>) {
  const router = useRouter();
  const t = useTranslations("explore");
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = table.getRowModel().rows;
  const visibleColumnCount = table.getVisibleLeafColumns().length;

  function open(row: Row<DataTableFeatures, TData>) {
    if (rowHref) router.push(rowHref(row.original));
  }

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, row: Row<DataTableFeatures, TData>) {
    // Links and buttons inside the row do their own thing; selecting text is not a click.
    if ((event.target as HTMLElement).closest("a, button, input, select, summary, label")) return;
    if (window.getSelection()?.toString()) return;
    open(row);
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: Row<DataTableFeatures, TData>) {
    if (event.key === "Enter" && event.target === event.currentTarget) {
      event.preventDefault();
      open(row);
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = Array.from(tableRef.current?.querySelectorAll<HTMLTableRowElement>("tbody tr[data-row-id]") ?? []);
    const index = all.indexOf(event.currentTarget);
    const target = all[index + (event.key === "ArrowDown" ? 1 : -1)];
    if (!target) return;
    event.preventDefault();
    (target.querySelector<HTMLElement>("[data-row-link]") ?? target).focus();
  }

  function renderRow(row: Row<DataTableFeatures, TData>) {
    return (
      <tr
        key={row.id}
        id={rowDomId?.(row.original)}
        data-row-id={row.id}
        className={rowHref ? styles.clickable : undefined}
        tabIndex={rowHref ? -1 : undefined}
        onClick={rowHref ? (event) => onRowClick(event, row) : undefined}
        onKeyDown={rowHref ? (event) => onRowKeyDown(event, row) : undefined}
      >
        {row.getVisibleCells().map((cell) => {
          const meta = cell.column.columnDef.meta;
          const className = [meta?.numeric ? styles.numeric : "", styles[`col-${cell.column.id}`] ?? ""].join(" ").trim() || undefined;
          return meta?.rowHeader ? (
            <th key={cell.id} scope="row" className={className} data-column={cell.column.id}>
              <table.FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.id} className={className} data-column={cell.column.id}>
              <table.FlexRender cell={cell} />
            </td>
          );
        })}
      </tr>
    );
  }

  const byId = new Map(rows.map((row) => [row.id, row]));

  return (
    <div className={styles.scroll} data-testid={testId ? `${testId}-scroll` : undefined} aria-busy={busy || undefined}>
      <table ref={tableRef} className={`${styles.table} ${busy ? styles.busy : ""}`} data-testid={testId}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const meta = column.columnDef.meta;
                const sorted = column.getIsSorted() as SortDir;
                const canSort = column.getCanSort();
                const className = [meta?.numeric ? styles.numeric : "", styles[`col-${column.id}`] ?? ""].join(" ").trim() || undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={className}
                    data-column={column.id}
                    aria-sort={canSort ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button type="button" className={styles.sortButton} onClick={column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className={styles.sortIcon}>
                          {sorted ? SORT_ICON[sorted] : "↕"}
                        </span>
                        {meta?.sortHintKey ? <span className="visually-hidden">({t(meta.sortHintKey)})</span> : null}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {rows.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={visibleColumnCount} className={styles.empty}>
                {empty}
              </td>
            </tr>
          </tbody>
        ) : groups ? (
          groups.map((group) => (
            <tbody key={group.id} data-group={group.id}>
              <tr className={styles.groupRow}>
                <th scope="colgroup" colSpan={visibleColumnCount}>
                  {group.label}
                </th>
              </tr>
              {group.rowIds.flatMap((id) => {
                const row = byId.get(id);
                return row ? [renderRow(row)] : [];
              })}
            </tbody>
          ))
        ) : (
          <tbody>{rows.map(renderRow)}</tbody>
        )}
      </table>
    </div>
  );
}
