import { csvFilename } from "@/lib/export/csv/filename";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

// The download links of a list view: the API's own URL for the same rows (same filters, same
// sort), without paging, as CSV (optionally with a BOM for Excel), XLSX or JSON. The API streams CSV
// and returns every matching row; JSON comes in pages of at most `maxLimit` rows.

function withoutPaging(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete("page");
  next.delete("limit");
  next.delete("cursor");
  return next;
}

export function csvParams(apiParams: URLSearchParams, bom: boolean): URLSearchParams {
  const params = withoutPaging(apiParams);
  params.set("format", "csv");
  if (bom) params.set("bom", "true");
  return params;
}

/**
 * The same rows as a CSV link, as an XLSX workbook: numbers as numeric cells, dates as text, and a
 * sheet that cites the data and describes its columns, in the page's language (`lang`; English
 * without it). The API refuses more rows than a sheet holds.
 */
export function xlsxHref(csvHref: string, locale: string = DEFAULT_LOCALE): string {
  const [path, query = ""] = csvHref.split("?", 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.delete("bom");
  params.set("format", "xlsx");
  if (locale !== DEFAULT_LOCALE) params.set("lang", locale);
  return `${path}?${params.toString()}`;
}

export function jsonParams(apiParams: URLSearchParams, maxLimit: number): URLSearchParams {
  const params = withoutPaging(apiParams);
  params.set("limit", String(maxLimit));
  return params;
}

/**
 * A download's file name, naming the filters that chose the rows. The dataset has its own slot in
 * the name, so it is not repeated among the filters.
 */
export function listFileName(
  entity: "figures" | "events",
  filterKeys: readonly string[],
  view: Record<string, unknown>,
  { date, extension }: { date?: Date; extension?: "csv" | "json" } = {},
): string {
  const filters = filterKeys.filter((key) => key !== "dataset").map((key) => [key, view[key]] as [string, unknown]);
  return csvFilename({ dataset: view.dataset as string | undefined, entity, filters, date, extension });
}
