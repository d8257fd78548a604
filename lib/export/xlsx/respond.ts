import { ApiError } from "@/lib/api/errors";
import { CACHE_CONTROL } from "@/lib/api/respond";
import { formatNumber } from "@/lib/format";
import { XLSX_MAX_DATA_ROWS } from "./limits";
import { XLSX_CONTENT_TYPE } from "./write-workbook";

// The HTTP side of an XLSX export: its headers, and the 400 for more rows than a sheet holds.

export function xlsxResponse(stream: ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Refuses, before anything is written, an export with more rows than one Excel sheet can hold. */
export function checkXlsxRowCount(count: number, noun: string): void {
  if (count <= XLSX_MAX_DATA_ROWS) return;
  throw new ApiError(
    400,
    "invalid_parameter",
    `format: an XLSX sheet holds at most ${formatNumber(XLSX_MAX_DATA_ROWS)} rows (Excel's limit) and these filters match ${formatNumber(count)} ${noun}; narrow the filters, or download format=csv, which has no row limit`,
    "format",
  );
}

/** The CSV download's file name with the XLSX extension. */
export const xlsxFileName = (csvName: string) => csvName.replace(/\.csv$/, "") + ".xlsx";
