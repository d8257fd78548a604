"use client";

import type { ReactTable, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./table-features";
import styles from "./table-toolbar.module.css";

// Show or hide columns. Each checkbox goes through the table's visibility state, which the page
// keeps in the URL (`cols=`), so a view with fewer columns can be shared.
export function ColumnMenu<TData extends RowData>({ table }: { table: ReactTable<DataTableFeatures, TData, unknown> }) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const shown = columns.filter((column) => column.getIsVisible()).length;
  return (
    <details className={styles.menu} data-testid="column-menu">
      <summary className="button">
        Columns <span className="muted">({shown + 1} of {columns.length + 1})</span>
      </summary>
      <fieldset className={styles.menuPanel}>
        <legend>Show columns</legend>
        {columns.map((column) => (
          <label key={column.id} className={styles.check}>
            <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} name="cols" value={column.id} />
            {column.columnDef.meta?.label ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
