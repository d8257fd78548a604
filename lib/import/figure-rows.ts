import { checkHeader, isPlainTable, requiredCells } from "./columns";
import type { CsvRecord } from "./parse-csv";
import type { ProblemList } from "./problems";
import type { CsvTable } from "./read-table";
import { readFigureRow, type FileReading, type ImportRow } from "./row-schema";

// A table of figures read row by row: the header (columns.ts), every row and cell (row-schema.ts),
// and the keys, unique within the file. Shared by the CSV import (validate.ts) and the figures of
// a data package (package/validate-package.ts).

export interface FigureTable {
  rows: ImportRow[];
  /** Every key in the file, from valid rows or not: a parent on an invalid row is still "in the file". */
  keys: Set<string>;
  reading: FileReading;
}

const PROGRESS_EVERY = 500;

/** The table's valid rows and its keys, or null when its header is unusable (the problems are added). */
export function readFigureTable(
  { header, records }: Pick<CsvTable, "header" | "records">,
  { defaultSource, onProgress }: { defaultSource: boolean; onProgress?: (done: number, total: number) => void },
  problems: ProblemList,
): FigureTable | null {
  const columns = checkHeader(header, problems, { defaultSource });
  if (!columns) return null;
  const reading: FileReading = { columns, plain: isPlainTable(columns), required: requiredCells(columns, { defaultSource }), defaultSource };
  const rows = readRows(records, header.length, reading, problems, onProgress);
  const keys = reading.plain ? checkDerivedKeys(rows, problems) : checkUniqueKeys(records, columns.get("key")!, problems);
  return { rows, keys, reading };
}

/** Every record read as a figure row; rows with problems are left out (the problems are added). */
function readRows(
  records: CsvRecord[],
  headerLength: number,
  reading: FileReading,
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
    const row = readFigureRow(record.cells, reading, record.row, problems);
    if (row) rows.push(row);
  }
  onProgress?.(records.length, records.length);
  return rows;
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
