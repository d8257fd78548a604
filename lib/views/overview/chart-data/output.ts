import { aidflowFileName, boundedJoin, isoDay, safeSlug } from "@/lib/export/csv/filename";
import { csvLines, csvValueLines } from "@/lib/export/csv/write";
import type { ChartId } from "../param-codes";
import type { ChartDataTable } from "./table";

// A chart's data table as the API writes it: JSON (rows as objects, with the columns described and
// the caps), CSV (the rows, raw numbers, formula-like text neutralised as every CSV export does)
// and the file name of a download.

export function chartDataRowObjects(table: ChartDataTable): Record<string, string | number | null>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, index) => [column.key, row[index] ?? null])));
}

export function chartDataCsv(table: ChartDataTable, { bom = false }: { bom?: boolean } = {}): string {
  return (bom ? "\uFEFF" : "") + csvLines([table.columns.map((column) => column.key)]) + csvValueLines(table.rows);
}

/** The view parameters that change the rows, as "name-value" parts of the file name. */
const NAMED_PARAMS = ["a", "b", "year_from", "year_to", "family", "unit", "currency", "assume"];

export function chartDataFileName(slug: string, chart: ChartId, view: Record<string, string>, extension: "csv" | "xlsx", date = new Date()): string {
  const described = boundedJoin(NAMED_PARAMS.flatMap((name) => (view[name] ? [safeSlug(`${name}-${view[name]}`)] : [])), 60);
  return aidflowFileName([safeSlug(slug) || "dataset", chart, "data", described, isoDay(date)], extension);
}
