import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { neutraliseText } from "@/lib/security/neutralise-text";

// An XLSX file written as a stream (exceljs's streaming WorkbookWriter): the data sheet row by row
// as the batches arrive, then a second sheet about the data. What a spreadsheet must not guess is
// settled here: numbers are numeric cells; every other value, dates and partial dates included
// ("1950", "1950-02"), is a string cell, which Excel shows as text: it never turns it into a date
// or drops a leading zero. Without styles (no bold header, no column formats): with them, exceljs
// wrote a quarter as many rows a second. A text cell is never a formula in XLSX (formulas are a
// cell type of their own), so no apostrophe is added; control characters, which XML cannot carry,
// are removed.

export type XlsxValue = string | number | boolean | null;

export interface XlsxColumn {
  header: string;
  /** "number" columns hold numeric cells; "text" columns hold text, whatever it looks like. */
  type: "number" | "text" | "boolean";
  width?: number;
}

interface XlsxAboutSheet {
  /** Lines of text at the top: the title, the citation, the licence, what the export left out. */
  lines: readonly (readonly [string, string])[];
  /** One row per column of the data sheet: its header and what it means. */
  columns: readonly (readonly [string, string])[];
  /** The header above the column descriptions, in the sheet's language; English by default. */
  columnsHeader?: readonly [string, string];
}

export interface XlsxBook {
  sheetName: string;
  columns: readonly XlsxColumn[];
  batches: AsyncIterable<readonly (readonly XlsxValue[])[]>;
  about: XlsxAboutSheet;
}

function cellValue(value: XlsxValue, column: XlsxColumn): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (column.type === "number") {
    if (typeof value === "number") return value;
    // Drivers give big integers and decimals as text on PostgreSQL; a number column keeps them numeric.
    const parsed = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(String(value)) ? Number(value) : NaN;
    return Number.isFinite(parsed) ? parsed : neutraliseText(String(value));
  }
  if (column.type === "boolean") return value === true || value === 1 || value === "true";
  return neutraliseText(String(value));
}

function dataSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, book: XlsxBook) {
  const sheet = workbook.addWorksheet(book.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = book.columns.map((column) => ({
    header: column.header,
    key: column.header,
    width: column.width ?? (column.type === "text" ? 18 : 14),
  }));
  return sheet;
}

function aboutSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, about: XlsxAboutSheet) {
  const sheet = workbook.addWorksheet("About");
  sheet.columns = [
    { key: "name", width: 24 },
    { key: "text", width: 100 },
  ];
  for (const [name, text] of about.lines) sheet.addRow([neutraliseText(name), neutraliseText(text)]).commit();
  sheet.addRow([]).commit();
  sheet.addRow([...(about.columnsHeader ?? ["Column", "What it holds"])]).commit();
  for (const [name, text] of about.columns) sheet.addRow([neutraliseText(name), neutraliseText(text)]).commit();
  sheet.commit();
}

async function writeBook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, out: PassThrough, book: XlsxBook) {
  const sheet = dataSheet(workbook, book);
  for await (const batch of book.batches) {
    for (const row of batch) sheet.addRow(book.columns.map((column, index) => cellValue(row[index] ?? null, column))).commit();
    // exceljs writes as fast as it is fed: wait for a slow client between batches.
    if (out.writableNeedDrain) await once(out, "drain");
    if (out.destroyed) return;
  }
  sheet.commit();
  aboutSheet(workbook, book.about);
  await workbook.commit();
}

/** The workbook as a byte stream, written batch by batch; between batches it waits for a slow client. */
export function xlsxStream(book: XlsxBook): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  writeBook(workbook, out, book).catch((error: unknown) => {
    // The status line has gone out already; the client sees a broken download, the log the cause.
    console.error("[xlsx] export failed mid-stream:", error);
    out.destroy(new Error("export failed"));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
