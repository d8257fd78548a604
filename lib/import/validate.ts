import { datasetFileSchema } from "@/lib/schemas/dataset-file";
import { checkHeader } from "./columns";
import type { IMPORT_MODES } from "./mode";
import { decodeUtf8Strict } from "./decode";
import { parseCsvText, type CsvRecord } from "./parse-csv";
import { ProblemList } from "./problems";
import { readFigureRow, type ImportRow } from "./row-schema";

// Everything an import checks before it writes anything, in order: the size, the encoding, the CSV
// syntax and delimiter, the header, every row and cell (lib/import/row-schema.ts), then what rows
// say about each other and about the database: duplicate keys, one dataset, actors that exist,
// sources that exist or are declared, parents that exist, and no parent cycles. File-level problems
// stop early (the rows cannot be read); row problems are all collected, so one report lists them all.

export type ImportMode = (typeof IMPORT_MODES)[number];

/** What the database knows that the rows are checked against. */
export interface ImportContext {
  actors: Set<string>;
  datasetExists: boolean;
  /** The dataset's sources: key → citation. */
  sources: Map<string, string>;
  /** The dataset's figures: key → parent key. */
  figures: Map<string, string | null>;
}

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
  if (bytes.length > options.maxBytes) {
    problems.add({
      code: "file_too_large",
      message: `the file is ${bytes.length} bytes; the limit is ${options.maxBytes} bytes (MAX_UPLOAD_MB)`,
    });
    return fail();
  }

  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    problems.add({ row: decoded.line, code: "encoding", message: decoded.message });
    return fail();
  }

  // One byte order mark is allowed and already removed; papaparse would silently drop a second one.
  if (decoded.text.startsWith("\uFEFF")) {
    problems.add({ row: 1, code: "encoding", message: "the file starts with two byte order marks; save it again as CSV UTF-8" });
    return fail();
  }
  const parsed = parseCsvText(decoded.text, { maxRows: options.maxRows, problems });
  if (!parsed.ok) return fail();
  const columns = checkHeader(parsed.header, problems);
  if (!columns) return fail(parsed.records.length);

  const total = parsed.records.length;
  const rows: ImportRow[] = [];
  for (const [index, record] of parsed.records.entries()) {
    if (index % PROGRESS_EVERY === 0) options.onProgress?.(index, total);
    if (record.cells.length !== parsed.header.length) {
      problems.add({
        row: record.row,
        column: null,
        value: record.cells.join(","),
        code: "cell_count",
        message: `the row has ${record.cells.length} cells; the header has ${parsed.header.length}`,
      });
      continue;
    }
    const row = readFigureRow(record.cells, columns, record.row, problems);
    if (row) rows.push(row);
  }
  options.onProgress?.(total, total);

  // One dataset per file: the one asked for, or the one every row names.
  let datasetSlug = optionSlug;
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

  // Keys are unique within the file, checked on every row whose key could be read.
  const keyRows = new Map<string, CsvRecord>();
  const keyColumn = columns.get("key")!;
  const sameCells = (a: string[], b: string[]) => a.length === b.length && a.every((cell, i) => cell === b[i]);
  for (const record of parsed.records) {
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

  if (datasetSlug === null) return fail(total, null);
  const context = await options.loadContext(datasetSlug);
  checkReferences(rows, new Set(keyRows.keys()), context, options.mode, datasetSlug, problems);

  if (!problems.isEmpty) return fail(total, datasetSlug);
  return { ok: true, datasetSlug, rows, rowsTotal: total, problems };
}

function checkReferences(
  rows: ImportRow[],
  /** Every key in the file, from valid rows or not: a parent on an invalid row is still "in the file". */
  fileKeys: Set<string>,
  context: ImportContext,
  mode: ImportMode,
  slug: string,
  problems: ProblemList,
) {
  for (const { row, entry } of rows) {
    for (const [column, code] of [
      ["from", entry.from],
      ["to", entry.to],
    ] as const) {
      if (code !== null && !context.actors.has(code))
        problems.add({
          row,
          column,
          value: code,
          code: "unknown_actor",
          message: `unknown actor "${code}"; actors are added by the dataset maintainers, not by imports`,
        });
    }
  }

  // Sources: known to the dataset, or declared by a row that gives the full reference.
  const declared = new Map<string, { citation: string; row: number }>();
  const checkSource = (key: string, citation: string | null, row: number, keyColumn: string, citationColumn: string) => {
    const stored = context.sources.get(key);
    if (stored !== undefined) {
      if (citation !== null && citation !== stored)
        problems.add({
          row,
          column: citationColumn,
          value: citation,
          code: "source_conflict",
          message: `source "${key}" is already in the dataset with another reference; leave the cell empty or copy the stored one`,
        });
      return;
    }
    if (citation === null) {
      const earlier = declared.get(key);
      if (!earlier)
        problems.add({
          row,
          column: keyColumn,
          value: key,
          code: "unknown_source",
          message: `"${key}" is not a source of dataset "${slug}"; give its full reference in ${citationColumn} to add it`,
        });
      return;
    }
    const earlier = declared.get(key);
    if (earlier && earlier.citation !== citation)
      problems.add({
        row,
        column: citationColumn,
        value: citation,
        code: "source_conflict",
        message: `row ${earlier.row} gives source "${key}" another reference`,
      });
    else if (!earlier) declared.set(key, { citation, row });
  };
  // Declarations first, so a row may use a source that a later row declares.
  for (const { row, entry, sourceCitation, citedSourceCitation } of rows) {
    if (sourceCitation !== null) checkSource(entry.source, sourceCitation, row, "source", "source_citation");
    if (entry.cited?.source && citedSourceCitation !== null)
      checkSource(entry.cited.source, citedSourceCitation, row, "cited_source", "cited_source_citation");
  }
  for (const { row, entry, sourceCitation, citedSourceCitation } of rows) {
    if (sourceCitation === null) checkSource(entry.source, null, row, "source", "source_citation");
    if (entry.cited?.source && citedSourceCitation === null) checkSource(entry.cited.source, null, row, "cited_source", "cited_source_citation");
  }

  // Parents: in the file, or (merge only) already in the dataset. Replace removes every figure the
  // file does not list, so there a parent must be in the file.
  const inFile = new Map(rows.map(({ entry }) => [entry.key, entry.parent]));
  for (const { row, entry } of rows) {
    if (entry.parent === null) continue;
    if (entry.parent === entry.key) {
      problems.add({ row, column: "parent_key", value: entry.parent, code: "parent_cycle", message: "a figure cannot be its own parent" });
      continue;
    }
    if (fileKeys.has(entry.parent)) continue;
    if (mode === "merge" && context.figures.has(entry.parent)) continue;
    problems.add({
      row,
      column: "parent_key",
      value: entry.parent,
      code: "unknown_parent",
      message:
        mode === "replace" && context.figures.has(entry.parent)
          ? `the parent "${entry.parent}" is not in the file, and a replace import removes every figure the file does not list`
          : `there is no figure "${entry.parent}" in the file or in dataset "${slug}"`,
    });
  }
  // Parents form a forest, counting the stored figures the file leaves as they are.
  const parentOf = (key: string) => (inFile.has(key) ? inFile.get(key)! : mode === "merge" ? (context.figures.get(key) ?? null) : null);
  for (const { row, entry } of rows) {
    const seen = new Set<string>([entry.key]);
    let next = entry.parent;
    while (next !== null && next !== entry.key) {
      if (seen.has(next)) break; // a cycle further up; reported on the rows that form it
      seen.add(next);
      next = parentOf(next);
    }
    if (next === entry.key && entry.parent !== entry.key)
      problems.add({
        row,
        column: "parent_key",
        value: entry.parent,
        code: "parent_cycle",
        message: `following parent_key from "${entry.key}" leads back to it`,
      });
  }
}
