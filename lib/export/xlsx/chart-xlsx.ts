import type { ChartDataTable } from "@/lib/views/overview/chart-data/table";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { aboutColumnsHeader, aboutLines, type CitedDataset } from "./about-lines";
import { exportTranslator } from "./export-words";
import { xlsxStream } from "./write-workbook";

// One overview chart's data as a workbook: its rows on the first sheet, and on the second the
// dataset's citation and licence, the view the rows were shaped for, what the chart left out, and
// what each column holds.

export interface ChartXlsxInput {
  table: ChartDataTable;
  dataset: CitedDataset;
  /** The view's parameters as given ("currency" → "usd"), and the chart's API address. */
  view: Record<string, string>;
  url: string;
  /** The About sheet's language (the chart's own texts are as the chart gives them). */
  locale?: Locale;
}

async function* once<T>(value: T): AsyncGenerator<T> {
  yield value;
}

export function chartXlsxStream({ table, dataset, view, url, locale = DEFAULT_LOCALE }: ChartXlsxInput): ReadableStream<Uint8Array> {
  const t = exportTranslator(locale);
  const viewText = Object.entries(view).map(([name, value]) => `${name}=${value}`).join(", ") || t("about.defaultView");
  const extra: [string, string][] = [
    [t("about.chart"), `${table.title}: ${table.subtitle}`],
    [t("about.view"), viewText],
    [t("about.source"), table.source],
    [t("about.address"), url],
    ...table.caps.map((cap): [string, string] => [t("about.leftOut"), `${cap.text}; ${cap.linkText}: ${cap.href}`]),
    ...table.notes.map((note): [string, string] => [t("about.note"), note]),
    ...(table.reason ? [[t("about.noData"), table.reason] as [string, string]] : []),
  ];
  return xlsxStream({
    // Excel's sheet names hold at most 31 characters and none of []:*?/\.
    sheetName: table.title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31),
    columns: table.columns.map((column) => ({ header: column.key, type: column.type })),
    batches: once(table.rows),
    about: {
      lines: aboutLines(t("about.titleChart", { title: table.title }), [dataset], extra, locale),
      columns: table.columns.map((column) => [column.key, column.description]),
      columnsHeader: aboutColumnsHeader(locale),
    },
  });
}
