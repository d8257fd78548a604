import { createHash } from "node:crypto";
import { checkHeader, isPlainTable, requiredCells } from "./columns";
import type { CsvRecord } from "./parse-csv";
import { ProblemList } from "./problems";
import type { CsvTable } from "./read-table";
import { readFigureRow, type FileReading, type ImportRow } from "./row-schema";

// A table of figures read row by row: the header (columns.ts), every row and cell (row-schema.ts),
// and the keys, unique within the file. Shared by the CSV import (validate.ts), which hands the
// records over one at a time as they are parsed (so the file's cells are never all in memory), and
// the figures of a data package (package/validate-package.ts).

export interface FigureTable {
  rows: ImportRow[];
  /** Every key in the file, from valid rows or not: a parent on an invalid row is still "in the file". */
  keys: Set<string>;
  reading: FileReading;
}

interface ReadOptions {
  defaultSource: boolean;
  onProgress?: (done: number, total: number) => void;
  /** How many records there are, when known beforehand (progress only). */
  total?: number;
}

const PROGRESS_EVERY = 500;

/** The table's valid rows and its keys, or null when its header is unusable (the problems are added). */
export function readFigureTable({ header, records }: Pick<CsvTable, "header" | "records">, options: ReadOptions, problems: ProblemList): FigureTable | null {
  const reader = new FigureTableReader(header, { ...options, total: records.length }, problems);
  for (const record of records) reader.add(record);
  return reader.finish();
}

// The first row of each key keeps a 48-bit digest of its cells, not the cells, to tell an exact
// repeat from another row with the same key: a number per key rather than a copy of the file.
const digestOf = (cells: readonly string[]) => createHash("sha1").update(cells.join("\u0000")).update(String(cells.length)).digest().readUIntBE(0, 6);

/**
 * Reads the records one at a time; the problems are added in the order a whole-file read adds
 * them: the header's, every row's, then the repeated keys.
 */
export class FigureTableReader {
  private readonly reading: FileReading | null;
  private readonly rows: ImportRow[] = [];
  private readonly firstRow = new Map<string, number>();
  private readonly firstDigest = new Map<string, number>();
  private readonly repeats = new ProblemList();
  private done = 0;

  constructor(
    private readonly header: string[],
    private readonly options: ReadOptions,
    private readonly problems: ProblemList,
  ) {
    const columns = checkHeader(header, problems, { defaultSource: options.defaultSource });
    this.reading = columns ? { columns, plain: isPlainTable(columns), required: requiredCells(columns, { defaultSource: options.defaultSource }), defaultSource: options.defaultSource } : null;
  }

  add(record: CsvRecord): void {
    if (!this.reading) return;
    if (this.done % PROGRESS_EVERY === 0) this.options.onProgress?.(this.done, this.options.total ?? this.done);
    this.done += 1;
    if (!this.reading.plain) this.checkUniqueKey(record, this.reading.columns.get("key")!);
    if (record.cells.length !== this.header.length) {
      this.problems.add({
        row: record.row,
        column: null,
        value: record.cells.join(","),
        code: "cell_count",
        message: `the row has ${record.cells.length} cells; the header has ${this.header.length}`,
      });
      return;
    }
    const row = readFigureRow(record.cells, this.reading, record.row, this.problems);
    if (row) this.rows.push(row);
  }

  /** The valid rows and every key, or null when the header is unusable. */
  finish(): FigureTable | null {
    if (!this.reading) return null;
    this.options.onProgress?.(this.done, this.done);
    const keys = this.reading.plain ? checkDerivedKeys(this.rows, this.problems) : new Set(this.firstRow.keys());
    this.problems.append(this.repeats);
    return { rows: this.rows, keys, reading: this.reading };
  }

  /** Keys are unique within the file, checked on every row whose key could be read. */
  private checkUniqueKey(record: CsvRecord, keyColumn: number): void {
    const key = record.cells[keyColumn];
    if (key === undefined || key === "") return;
    const first = this.firstRow.get(key);
    if (first === undefined) {
      this.firstRow.set(key, record.row);
      this.firstDigest.set(key, digestOf(record.cells));
      return;
    }
    this.repeats.add({
      row: record.row,
      column: "key",
      value: key,
      code: "duplicate_key",
      message:
        this.firstDigest.get(key) === digestOf(record.cells)
          ? `this row repeats row ${first} exactly; each figure appears once`
          : `the key "${key}" is already used on row ${first}; keys are unique within a dataset`,
    });
  }
}

/** A plain table's keys come from each row's flow (defaults/derived-key.ts): two rows with the same flow are refused. */
function checkDerivedKeys(rows: readonly ImportRow[], problems: ProblemList): Set<string> {
  const firstRow = new Map<string, number>();
  for (const { row, entry } of rows) {
    const first = firstRow.get(entry.key);
    if (first === undefined) firstRow.set(entry.key, row);
    else
      problems.add({
        row,
        column: "key",
        value: entry.key,
        code: "duplicate_key",
        message: `row ${first} describes the same flow (the same actors, category, kind, unit and period: key "${entry.key}"); add a key column, or a column that tells the rows apart`,
      });
  }
  return new Set(firstRow.keys());
}
