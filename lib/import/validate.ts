import { datasetFileSchema } from "@/lib/schemas/dataset-file";
import { checkReferences } from "./check-references";
import { checkHeader, type ColumnIndex } from "./columns";
import type { ImportContext } from "./context";
import { decodeUtf8Strict } from "./decode";
import type { ImportMode } from "./mode";
import { parseCsvText, type CsvRecord } from "./parse-csv";
import { ProblemList } from "./problems";
import { readFigureRow, type ImportRow } from "./row-schema";

// Everything an import checks before it writes anything, in order: the size, the encoding, the CSV
// syntax and delimiter, the header, every row and cell (lib/import/row-schema.ts), then what rows
// say about each other and about the database: duplicate keys, one dataset, and the references
// (check-references.ts). File-level problems stop early (the rows cannot be read); row problems are
// all collected, so one report lists them all.

export interface ValidateOptions {
  /** The dataset to import into; when absent, the file's `dataset` column names it. */
  dataset?: string;
  mode: ImportMode;
  maxBytes: number;
  maxRows: number;
  loadContext: (slug: string) => Promise<ImportContext>;
  onProgress?: (done: number, total: number) => void;
}

export type ValidationResult =
  | { ok: true; datasetSlug: string; rows: ImportRow[]; rowsTotal: number; problems: ProblemList }
  | { ok: false; datasetSlug: string | null; rowsTotal: number; problems: ProblemList };

const slugSchema = datasetFileSchema.shape.dataset.shape.slug;
const PROGRESS_EVERY = 500;

export async function validateCsv(bytes: Uint8Array, options: ValidateOptions): Promise<ValidationResult> {
  const problems = new ProblemList();
  const optionSlug = options.dataset ?? null;
  const fail = (rowsTotal = 0, datasetSlug: string | null = optionSlug): ValidationResult => ({ ok: false, datasetSlug, rowsTotal, problems });

  if (optionSlug !== null && !slugSchema.safeParse(optionSlug).success) {
    problems.add({ code: "no_dataset", message: `"${optionSlug}" is not a dataset slug (lower-case words joined by hyphens)`, value: optionSlug });
    return fail(0, null);
  }
  const file = readTable(bytes, options, problems);
  if (!file) return fail();
  const { records, header } = file;
  const columns = checkHeader(header, problems);
  if (!columns) return fail(records.length);

  const total = records.length;
  const rows = readRows(records, header.length, columns, problems, options.onProgress);
  const datasetSlug = chooseDataset(rows, optionSlug, problems);
  const keys = checkUniqueKeys(records, columns.get("key")!, problems);

  if (datasetSlug === null) return fail(total, null);
  checkReferences(rows, keys, await options.loadContext(datasetSlug), options.mode, datasetSlug, problems);

  if (!problems.isEmpty) return fail(total, datasetSlug);
  return { ok: true, datasetSlug, rows, rowsTotal: total, problems };
}

/** The file as CSV records and a header, or null when it cannot be read as one (the problem is added). */
function readTable(bytes: Uint8Array, options: ValidateOptions, problems: ProblemList): { records: CsvRecord[]; header: string[] } | null {
  if (bytes.length > options.maxBytes) {
    problems.add({
      code: "file_too_large",
      message: `the file is ${bytes.length} bytes; the limit is ${options.maxBytes} bytes (MAX_UPLOAD_MB)`,
    });
    return null;
  }
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    problems.add({ row: decoded.line, code: "encoding", message: decoded.message });
    return null;
  }
  // One byte order mark is allowed and already removed; papaparse would silently drop a second one.
  if (decoded.text.startsWith("\uFEFF")) {
    problems.add({ row: 1, code: "encoding", message: "the file starts with two byte order marks; save it again as CSV UTF-8" });
    return null;
  }
  const parsed = parseCsvText(decoded.text, { maxRows: options.maxRows, problems });
  return parsed.ok ? { records: parsed.records, header: parsed.header } : null;
}

/** Every record read as a figure row; rows with problems are left out (the problems are added). */
function readRows(
  records: CsvRecord[],
  headerLength: number,
  columns: ColumnIndex,
  problems: ProblemList,
  onProgress?: (done: number, total: number) => void,
): ImportRow[] {
  const rows: ImportRow[] = [];
  for (const [index, record] of records.entries()) {
    if (index % PROGRESS_EVERY === 0) onProgress?.(index, records.length);
    if (record.cells.length !== headerLength) {
      problems.add({
        row: record.row,
        column: null,
        value: record.cells.join(","),
        code: "cell_count",
        message: `the row has ${record.cells.length} cells; the header has ${headerLength}`,
      });
      continue;
    }
    const row = readFigureRow(record.cells, columns, record.row, problems);
    if (row) rows.push(row);
  }
  onProgress?.(records.length, records.length);
  return rows;
}

/** One dataset per file: the one asked for, or the one every row names; null when there is none. */
function chooseDataset(rows: ImportRow[], asked: string | null, problems: ProblemList): string | null {
  let datasetSlug = asked;
  const named = new Map<string, number>();
  for (const row of rows) if (row.dataset !== null && !named.has(row.dataset)) named.set(row.dataset, row.row);
  if (datasetSlug === null) {
    if (named.size === 1) datasetSlug = [...named.keys()][0]!;
    else if (named.size === 0) {
      // Without any valid row the rows' own problems say enough.
      if (rows.length > 0)
        problems.add({
          code: "no_dataset",
          message: "the file does not say which dataset it belongs to: fill the dataset column or choose a dataset",
        });
    } else
      problems.add({
        code: "no_dataset",
        message: `the rows name ${named.size} datasets (${[...named.keys()].slice(0, 5).join(", ")}); one file imports into one dataset`,
      });
  }
  if (datasetSlug !== null) {
    for (const row of rows)
      if (row.dataset !== null && row.dataset !== datasetSlug)
        problems.add({
          row: row.row,
          column: "dataset",
          value: row.dataset,
          code: "dataset_mismatch",
          message: `this file imports into "${datasetSlug}", but the row names "${row.dataset}"`,
        });
  }
  return datasetSlug;
}

/** Keys are unique within the file, checked on every row whose key could be read; returns them all. */
function checkUniqueKeys(records: CsvRecord[], keyColumn: number, problems: ProblemList): Set<string> {
  const keyRows = new Map<string, CsvRecord>();
  const sameCells = (a: string[], b: string[]) => a.length === b.length && a.every((cell, i) => cell === b[i]);
  for (const record of records) {
    const key = record.cells[keyColumn];
    if (key === undefined || key === "") continue;
    const first = keyRows.get(key);
    if (first)
      problems.add({
        row: record.row,
        column: "key",
        value: key,
        code: "duplicate_key",
        message: sameCells(first.cells, record.cells)
          ? `this row repeats row ${first.row} exactly; each figure appears once`
          : `the key "${key}" is already used on row ${first.row}; keys are unique within a dataset`,
      });
    else keyRows.set(key, record);
  }
  return new Set(keyRows.keys());
}
