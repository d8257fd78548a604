"use client";

import type { ReactTable, RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { DataTableFeatures } from "./table-features";
import styles from "./table-toolbar.module.css";

// Show or hide columns. Each checkbox goes through the table's visibility state, which the page
// keeps in the URL (`cols=`), so a view with fewer columns can be shared.
export function ColumnMenu<TData extends RowData>({ table }: { table: ReactTable<DataTableFeatures, TData, unknown> }) {
  const t = useTranslations("explore");
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const shown = columns.filter((column) => column.getIsVisible()).length;
  return (
    <details className={styles.menu} data-testid="column-menu">
      <summary className="button">
        {t("table.columns")} <span className="muted">{t("table.columnsShown", { shown: shown + 1, total: columns.length + 1 })}</span>
      </summary>
      <fieldset className={styles.menuPanel}>
        <legend>{t("table.showColumns")}</legend>
        {columns.map((column) => (
          <label key={column.id} className={styles.check}>
            <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} name="cols" value={column.id} />
            {column.columnDef.meta ? t(column.columnDef.meta.labelKey) : column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
