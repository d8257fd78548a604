import Papa from "papaparse";
import { neutraliseText } from "@/lib/security/neutralise-text";

// CSV writing for the exports: RFC 4180 via papaparse (CRLF, quotes only where needed), raw numbers
// and ISO dates as stored. Numbers become text here and nowhere earlier.

export type CsvValue = string | number | boolean | null;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/** Digits as typed, never an exponent (String(1e21) is "1e+21") and never thousands separators. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to CSV`);
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 21 });
}

// A cell starting with one of these may run as a formula in a spreadsheet (CSV injection). Text
// cells get a leading apostrophe, which spreadsheets show as text; numbers are left alone, so a
// negative number stays a number. Text that already starts with apostrophes before such a character
// gets one more, so that the CSV import (lib/import/formula.ts), which removes exactly one, gives
// back the text as stored.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return plainNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  // Bidi overrides become visible escapes and control characters go (lib/security/neutralise-text.ts)
  // before the formula check, so that a dropped control character cannot uncover a leading "=".
  return neutraliseFormula(neutraliseText(value));
}

/** Lines for these rows, each ending in CRLF. */
export function csvLines(rows: string[][]): string {
  if (rows.length === 0) return "";
  return `${Papa.unparse(rows, { newline: "\r\n", header: false })}\r\n`;
}

export function csvHeaderLine<Row>(columns: readonly CsvColumn<Row>[]): string {
  return csvLines([columns.map((column) => column.header)]);
}

export function csvRowLines<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return csvLines(rows.map((row) => columns.map((column) => toCsvCell(column.value(row)))));
}

const UTF8_BOM = "\uFEFF";

/**
 * A CSV file as a byte stream: the header, then one chunk per batch, pulled only when the client
 * reads, so a slow download never makes us hold more than one batch.
 */
export function csvStream<Row>(
  columns: readonly CsvColumn<Row>[],
  batches: AsyncIterable<Row[]>,
  { bom = false }: { bom?: boolean } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode((bom ? UTF8_BOM : "") + csvHeaderLine(columns)));
        return;
      }
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(csvRowLines(columns, next.value)));
      } catch (error) {
        // The status line has gone out already; the client sees a broken download, the log the cause.
        console.error("[csv] export failed mid-stream:", error);
        controller.error(new Error("export failed"));
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
