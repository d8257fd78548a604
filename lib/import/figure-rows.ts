import { createHash } from "node:crypto";
import { checkHeader, isPlainTable, requiredCells } from "./columns";
import type { CsvRecord } from "./parse-csv";
import { ProblemList } from "./problems";
import type { CsvTable } from "./read-table";
import { readFigureRow, type FileReading, type ImportRow } from "./row-schema";
import type { FigureRows, KeyIndex } from "./staging/figure-rows";
import { MemoryRows } from "./staging/memory-rows";

// A table of figures read row by row: the header (columns.ts), every row and cell (row-schema.ts),
// and the keys, unique within the file. Shared by the CSV import (validate.ts), which hands the
// records over one at a time as they are parsed and keeps the rows on disk (staging/staged-rows.ts:
// so neither the file's cells nor its rows are ever all in memory), and the figures of a data
// package (package/validate-package.ts), kept in memory.

export interface FigureTable<Rows = ImportRow[]> {
  rows: Rows;
  /** Every key in the file, from valid rows or not: a parent on an invalid row is still "in the file". */
  keys: KeyIndex;
  reading: FileReading;
}

interface ReadOptions {
  defaultSource: boolean;
  /** Sees each valid row as it is read. */
  onRow?: (row: ImportRow) => void;
  onProgress?: (done: number, total: number) => void;
  /** How many records there are, when known beforehand (progress only). */
  total?: number;
}

const PROGRESS_EVERY = 500;

/** The table's valid rows and its keys, or null when its header is unusable (the problems are added). */
/** A table read in memory: its rows, and its keys as a set. */
export type MemoryFigureTable = FigureTable & { keys: Set<string> };

export function readFigureTable({ header, records }: Pick<CsvTable, "header" | "records">, options: ReadOptions, problems: ProblemList): MemoryFigureTable | null {
  const store = new MemoryRows();
  const reader = new FigureTableReader(header, { ...options, total: records.length }, problems, store);
  for (const record of records) reader.add(record);
  const table = reader.finish();
  return table && { ...table, rows: store.rows, keys: store.keys };
}

// The first row of each key keeps a 48-bit digest of its cells, not the cells, to tell an exact
// repeat from another row with the same key: a number per key rather than a copy of the file.
const digestOf = (cells: readonly string[]) => createHash("sha1").update(cells.join("\u0000")).update(String(cells.length)).digest().readUIntBE(0, 6);

/**
 * Reads the records one at a time; the problems are added in the order a whole-file read adds
 * them: the header's, every row's, then the repeated keys.
 */
export class FigureTableReader<Rows extends FigureRows = MemoryRows> {
  private readonly reading: FileReading | null;
  private readonly repeats = new ProblemList();
  private done = 0;

  constructor(
    private readonly header: string[],
    private readonly options: ReadOptions,
    private readonly problems: ProblemList,
    private readonly rows: Rows = new MemoryRows() as unknown as Rows,
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
    if (!row) return;
    this.rows.push(row);
    this.options.onRow?.(row);
  }

  /** The valid rows and every key, or null when the header is unusable. */
  finish(): FigureTable<Rows> | null {
    if (!this.reading) return null;
    this.options.onProgress?.(this.done, this.done);
    if (this.reading.plain) checkDerivedKeys(this.rows, this.problems);
    this.problems.append(this.repeats);
    return { rows: this.rows, keys: this.rows.keys, reading: this.reading };
  }

  /** Keys are unique within the file, checked on every row whose key could be read. */
  private checkUniqueKey(record: CsvRecord, keyColumn: number): void {
    const key = record.cells[keyColumn];
    if (key === undefined || key === "") return;
    const digest = digestOf(record.cells);
    const first = this.rows.firstOf(key, record.row, digest);
    if (first === null) return;
    this.repeats.add({
      row: record.row,
      column: "key",
      value: key,
      code: "duplicate_key",
      message:
        first.digest === digest
          ? `this row repeats row ${first.row} exactly; each figure appears once`
          : `the key "${key}" is already used on row ${first.row}; keys are unique within a dataset`,
    });
  }
}

/** A plain table's keys come from each row's flow (defaults/derived-key.ts): two rows with the same flow are refused. */
function checkDerivedKeys(rows: FigureRows, problems: ProblemList): void {
  for (const { row, entry } of rows) {
    const first = rows.firstOf(entry.key, row, 0)?.row;
    if (first !== undefined)
      problems.add({
        row,
        column: "key",
        value: entry.key,
        code: "duplicate_key",
        message: `row ${first} describes the same flow (the same actors, category, kind, unit and period: key "${entry.key}"); add a key column, or a column that tells the rows apart`,
      });
  }
}
