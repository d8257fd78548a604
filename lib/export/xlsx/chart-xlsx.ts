import type { ChartDataTable } from "@/lib/views/overview/chart-data/table";
import { aboutLines, type CitedDataset } from "./about-lines";
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
}

async function* once<T>(value: T): AsyncGenerator<T> {
  yield value;
}

export function chartXlsxStream({ table, dataset, view, url }: ChartXlsxInput): ReadableStream<Uint8Array> {
  const viewText = Object.entries(view).map(([name, value]) => `${name}=${value}`).join(", ") || "the default view";
  const extra: [string, string][] = [
    ["Chart", `${table.title}: ${table.subtitle}`],
    ["View", viewText],
    ["Source", table.source],
    ["Address", url],
    ...table.caps.map((cap): [string, string] => ["Left out", `${cap.text}; ${cap.linkText}: ${cap.href}`]),
    ...table.notes.map((note): [string, string] => ["Note", note]),
    ...(table.reason ? [["No data", table.reason] as [string, string]] : []),
  ];
  return xlsxStream({
    // Excel's sheet names hold at most 31 characters and none of []:*?/\.
    sheetName: table.title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31),
    columns: table.columns.map((column) => ({ header: column.key, type: column.type })),
    batches: once(table.rows),
    about: { lines: aboutLines(`Aidflow chart data: ${table.title}`, [dataset], extra), columns: table.columns.map((column) => [column.key, column.description]) },
  });
}
