import { NEUTRALISED, neutraliseText } from "@/lib/security/neutralise-text";

// CSV writing for the exports: RFC 4180 (CRLF, quotes only where needed, with papaparse's rules so
// that the bytes of every export stay those it always wrote), raw numbers and ISO dates as stored.
// Numbers become text here and nowhere earlier. Written by hand rather than with Papa.unparse: the
// export of a million rows spent a fifth of its time in papaparse's generic per-cell checks.

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

// Papaparse quotes a field holding a quote, the delimiter, a line break or a byte order mark, or
// starting or ending with a space; a quote inside is doubled.
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;
const QUOTE = /"/g;

/** One field, quoted where RFC 4180 (and papaparse) would quote it. */
function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** One line of already-written cells, ending in CRLF. */
const csvLine = (cells: readonly string[]): string => `${cells.map(csvField).join(",")}\r\n`;

/** Lines for these rows, each ending in CRLF. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  let text = "";
  for (const row of rows) text += csvLine(row);
  return text;
}

export function csvHeaderLine<Row>(columns: readonly CsvColumn<Row>[]): string {
  return csvLines([columns.map((column) => column.header)]);
}

export function csvRowLines<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return csvLines(rows.map((row) => columns.map((column) => toCsvCell(column.value(row)))));
}

// Every character or position that makes toCsvCell or csvField change a text: a quote, the
// delimiter, a line break or byte order mark (quoting), a control character or direction mark
// (neutraliseText), a leading apostrophe or formula character (neutraliseFormula), and a leading
// or trailing space (quoting). Text without any is its own field: one test instead of three, for
// the million cells of a large export (docs/performance.md, c).
const CHANGED_TEXT = new RegExp(`[",\\r\\n\\uFEFF]|${NEUTRALISED.source}|^['=+\\-@\\t ]| $`);

/** One cell of a driver's row as its CSV field. */
export function csvValueField(value: CsvValue): string {
  if (typeof value === "string") return CHANGED_TEXT.test(value) ? csvField(toCsvCell(value)) : value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return csvField(toCsvCell(value));
}

/** One line of cell values in column order (a driver's raw row), ending in CRLF. */
function csvValueLine(row: readonly CsvValue[]): string {
  let line = csvValueField(row[0] ?? null);
  for (let index = 1; index < row.length; index++) line += "," + csvValueField(row[index]!);
  return `${line}\r\n`;
}

/** Lines for rows that are already cell values in column order (a driver's raw rows). */
export function csvValueLines(rows: readonly (readonly CsvValue[])[]): string {
  let text = "";
  for (const row of rows) text += csvValueLine(row);
  return text;
}

const UTF8_BOM = "\uFEFF";

// The bytes go out in chunks of this size, each line encoded into the current chunk on its own.
// Encoding a whole batch at once made a string of half a megabyte per batch; strings that large
// live in V8's large-object space, which only a full collection frees, so a long export kept
// adding tens of megabytes to the server (docs/performance.md, c). A line is a short-lived string
// of a few hundred bytes, and a chunk's memory is freed as soon as the socket has taken it.
const CHUNK_BYTES = 128 * 1024;

/** Lines of text, batch by batch, as UTF-8 chunks of about CHUNK_BYTES (a longer line gets its own). */
export async function* utf8Chunks(batches: AsyncIterable<Iterable<string>>, chunkBytes = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let chunk = new Uint8Array(chunkBytes);
  let used = 0;
  for await (const lines of batches) {
    for (const line of lines) {
      let { read, written } = encoder.encodeInto(line, chunk.subarray(used));
      if (read < line.length) {
        // What did fit is left out of the chunk, and the whole line starts the next one. A chunk
        // once handed out is never written again: the stream may still hold it.
        if (used > 0) yield chunk.subarray(0, used);
        chunk = new Uint8Array(chunkBytes);
        used = 0;
        ({ read, written } = encoder.encodeInto(line, chunk));
        if (read < line.length) {
          yield encoder.encode(line);
          written = 0;
        }
      }
      used += written;
    }
  }
  if (used > 0) yield chunk.subarray(0, used);
}

/**
 * A CSV file as a byte stream: the header, then one chunk at a time, pulled only when the client
 * reads (the response pulls the stream), so a slow download never makes us hold more than one
 * chunk and its batch of rows, and a fast one never waits for more than the next.
 */
function csvByteStream(header: string, chunks: AsyncIterable<Uint8Array>, { bom = false }: { bom?: boolean } = {}): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(new TextEncoder().encode((bom ? UTF8_BOM : "") + header));
        return;
      }
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
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

async function* valueLinesOf(batches: AsyncIterable<readonly (readonly CsvValue[])[]>): AsyncGenerator<string[]> {
  for await (const batch of batches) yield batch.map(csvValueLine);
}

/** The same stream from batches of rows that are already cell values in the columns' order. */
export function csvValueStream<Row>(
  columns: readonly CsvColumn<Row>[],
  batches: AsyncIterable<readonly (readonly CsvValue[])[]>,
  options: { bom?: boolean } = {},
): ReadableStream<Uint8Array> {
  return csvByteStream(csvHeaderLine(columns), utf8Chunks(valueLinesOf(batches)), options);
}

async function* linesOf<Row>(columns: readonly CsvColumn<Row>[], batches: AsyncIterable<Row[]>): AsyncGenerator<string[]> {
  for await (const batch of batches) yield batch.map((row) => csvLine(columns.map((column) => toCsvCell(column.value(row)))));
}

/** The same stream from CSV lines already encoded (without the header). */
export function csvChunkStream<Row>(columns: readonly CsvColumn<Row>[], chunks: AsyncIterable<Uint8Array>, options: { bom?: boolean } = {}): ReadableStream<Uint8Array> {
  return csvByteStream(csvHeaderLine(columns), chunks, options);
}

/** The same stream from batches of rows and their columns. */
export function csvStream<Row>(columns: readonly CsvColumn<Row>[], batches: AsyncIterable<Row[]>, options: { bom?: boolean } = {}): ReadableStream<Uint8Array> {
  return csvByteStream(csvHeaderLine(columns), utf8Chunks(linesOf(columns, batches)), options);
}
