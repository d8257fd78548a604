import { formatCount } from "@/lib/format";
import type { ListView, ListViewState } from "@/lib/views/list/list-view";
import { XLSX_MAX_DATA_ROWS } from "@/lib/export/xlsx/limits";
import { xlsxHref } from "@/lib/views/list/download-links";
import { DownloadMenu, type DownloadItem } from "./download-menu";

// The links to a list view's rows elsewhere: the files (lib/views/list/download-links.ts) and the
// API's answer for the same parameters.

interface ListLinksProps<View extends ListViewState, Filter extends keyof View & string, Column extends string> {
  list: ListView<View, Filter, Column>;
  view: View;
}

export function ListDownloadMenu<View extends ListViewState, Filter extends keyof View & string, Column extends string>({
  list,
  view,
  total,
  testIdPrefix,
  extraItems = [],
}: ListLinksProps<View, Filter, Column> & { total: number; testIdPrefix: string; extraItems?: DownloadItem[] }) {
  const { noun, maxLimit } = list;
  return (
    <DownloadMenu
      note={`The ${noun.other} of this view: the same filters and order, every page (${formatCount(total, noun.one, noun.other)}).`}
      items={[
        { label: "CSV of this view", href: list.csvHref(view), testId: `${testIdPrefix}-csv` },
        { label: "CSV for Excel (with BOM)", href: list.csvHref(view, { bom: true }), testId: `${testIdPrefix}-csv-excel` },
        { label: "XLSX of this view (Excel)", href: xlsxHref(list.csvHref(view)), testId: `${testIdPrefix}-xlsx`, hint: total > XLSX_MAX_DATA_ROWS ? "More rows than an Excel sheet holds: download the CSV." : "Numbers as numbers, dates as text; a second sheet cites the data." },
        {
          label: "JSON of this view",
          href: list.jsonHref(view),
          fileName: list.fileName(view, { extension: "json" }),
          testId: `${testIdPrefix}-json`,
          hint: total > maxLimit ? `The first ${maxLimit} rows; the file links to the next page.` : undefined,
        },
        { label: `Every ${noun.one} (CSV)`, href: list.csvHref({ dataset: view.dataset } as Partial<View>), testId: `${testIdPrefix}-all-csv` },
        { label: `Every ${noun.one} (XLSX)`, href: xlsxHref(list.csvHref({ dataset: view.dataset } as Partial<View>)), testId: `${testIdPrefix}-all-xlsx` },
        ...extraItems,
      ]}
    />
  );
}

export function ListApiLink<View extends ListViewState, Filter extends keyof View & string, Column extends string>({ list, view }: ListLinksProps<View, Filter, Column>) {
  return (
    <a className="button" href={list.apiHref(view)} data-testid="api-link">
      View as JSON (API)
    </a>
  );
}
