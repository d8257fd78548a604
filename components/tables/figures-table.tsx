"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { CiteThis } from "@/components/controls/cite-this";
import { CopyButton } from "@/components/controls/copy-button";
import { getPathname } from "@/i18n/navigation";
import type { DatasetCiteInput } from "@/lib/export/citations";
import { datapackageHref } from "@/lib/export/download-links";
import { figurePath } from "@/lib/export/share-links";
import { useFormat } from "@/lib/i18n/use-format";
import type { FigureDto } from "@/lib/schemas/api/figure-response";
import { figuresView, PAGE_SIZES, type FiguresView } from "@/lib/views/figures";
import { rememberExploreView } from "@/lib/views/figures/explore-return";
import { ColumnMenu } from "./column-menu";
import { DataTable } from "./data-table";
import { figureColumns } from "./figure-columns";
import { ListEmptyState } from "./list-empty-state";
import { ListApiLink, ListDownloadMenu } from "./list-links";
import { PaginationNav } from "./pagination-nav";
import styles from "./table-toolbar.module.css";
import { useListNoun } from "./use-list-noun";
import { useServerTable } from "./use-server-table";

// The explore table: every figure, sorted and paged by the server through the URL
// (use-server-table.ts), with a choice of columns and rows per page.

export function FiguresTable({
  view,
  rows,
  total,
  clearHref,
  dataset = null,
}: {
  view: FiguresView;
  rows: FigureDto[];
  total: number;
  /** The same view without filters; null when no filter is active. */
  clearHref: string | null;
  /** The dataset the page shows, for the full downloads and "Cite this". */
  dataset?: Omit<DatasetCiteInput, "url"> | null;
}) {
  const { table, pending, page, pageCount, pageHref } = useServerTable({ list: figuresView, view, rows, total, columns: figureColumns });
  const href = figuresView.href(view);
  const t = useTranslations("explore");
  const fmt = useFormat();
  const noun = useListNoun("figures");
  // The shared link keeps the page's language (/ka/figures?...).
  const localHref = getPathname({ href, locale: useLocale() });

  // The figure page's "back to explore" link returns to this exact view.
  useEffect(() => rememberExploreView(href), [href]);

  return (
    <section aria-labelledby="figures-table-heading">
      <h2 id="figures-table-heading" className="visually-hidden">
        {t("table.figuresHeading")}
      </h2>
      <div className={styles.toolbar}>
        <p className={styles.count} role="status" data-testid="row-count">
          {fmt.formatRowRange({ offset: (page - 1) * view.limit, shown: rows.length, total }, noun)}
        </p>
        <div className={styles.tools}>
          <label className={styles.pageSize}>
            {t("table.rowsPerPage")}
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
                    {fmt.formatNumber(size)}
                  </option>
                ))}
            </select>
          </label>
          <ColumnMenu table={table} />
          <ListDownloadMenu
            list={figuresView}
            view={view}
            total={total}
            testIdPrefix="download"
            extraItems={
              dataset
                ? [{ label: t("table.datapackage"), href: datapackageHref(dataset.slug), testId: "download-datapackage", hint: t("table.datapackageHint") }]
                : []
            }
          />
          <CopyButton label={t("table.copyLink")} getText={() => `${window.location.origin}${localHref}`} copied={t("table.linkCopied")} testId="copy-link-figures" />
          {dataset ? <CiteThis subject={{ kind: "dataset", dataset }} /> : null}
          <ListApiLink list={figuresView} view={view} />
        </div>
      </div>
      <DataTable
        table={table}
        testId="figures-table"
        caption={t("table.caption")}
        rowHref={(figure) => figurePath(figure.dataset, figure.key)}
        busy={pending}
        empty={<ListEmptyState entity="figures" page={page} pageCount={pageCount} lastPageHref={pageHref(pageCount)} clearHref={clearHref} />}
      />
      <PaginationNav page={page} pageCount={pageCount} label={t("pagination.figurePages")} hrefFor={pageHref} />
    </section>
  );
}
