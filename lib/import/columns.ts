import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { PLAIN_TABLE_COLUMNS } from "./defaults/plain-table";
import type { ProblemList } from "./problems";

// The columns a figures CSV may have: exactly the export's (lib/export/csv/figure-columns.ts), so that an
// export can be edited and imported again. Three groups:
// - export-only: written by the export for people (the database id, the page's address, the
//   period's years) and ignored on import, since ids belong to one database, rows are matched by
//   `key` and the years are derived from period_start and period_end;
// - required: every figure needs them, and an empty cell is refused;
// - optional: may be left out of the file, which is the same as leaving every cell empty (null,
//   no flags, derived false). `dataset` may be left out when the import names the dataset.
// A file without the key column (and without id and permalink) is a plain table instead
// (defaults/plain-table.ts): it needs only from, to, value, unit and period_start. Either way the
// source column may be left out when the import names a source for every row that has none.

export const EXPORT_ONLY_COLUMNS = ["id", "permalink", "year_start", "year_end"] as const;

export const REQUIRED_COLUMNS = [
  "key",
  "label",
  "category",
  "kind",
  "value",
  "value_printed",
  "unit",
  "qualifier",
  "period_status",
  "source",
] as const;

const EXPORT_ONLY = new Set<string>(EXPORT_ONLY_COLUMNS);
const REQUIRED = new Set<string>(REQUIRED_COLUMNS);

export const OPTIONAL_COLUMNS = FIGURE_CSV_HEADERS.filter((header) => !EXPORT_ONLY.has(header) && !REQUIRED.has(header));

export type ImportColumn = (typeof FIGURE_CSV_HEADERS)[number];
const KNOWN = new Set<string>(FIGURE_CSV_HEADERS);

/** The header's shape, and what the import gives rows that name no source. */
export interface HeaderOptions {
  /** The import names a source (`--source`) for every row that has none. */
  defaultSource?: boolean;
}

/** The columns whose cells may not be empty in this file. */
export function requiredCells(columns: ColumnIndex, { defaultSource = false }: HeaderOptions = {}): ReadonlySet<string> {
  const required = isPlainTable(columns) ? new Set<string>(["value", "unit", "source"]) : new Set<string>(REQUIRED);
  if (defaultSource) required.delete("source");
  return required;
}

/** A file without keys: read as a plain table, with defaults (defaults/plain-table.ts). */
export function isPlainTable(columns: ColumnIndex): boolean {
  return !columns.has("key");
}

/** Column name → index in the row, for the columns the import reads. */
export type ColumnIndex = Map<ImportColumn, number>;

/**
 * Checks the header row and returns where each column is, or null when the header is unusable
 * (the rows cannot be read without knowing which cell is which). Every problem is listed.
 */
export function checkHeader(header: string[], problems: ProblemList, { defaultSource = false }: HeaderOptions = {}): ColumnIndex | null {
  const index: ColumnIndex = new Map();
  const seen = new Map<string, number>();
  let usable = true;
  header.forEach((name, position) => {
    const label = `column ${position + 1}`;
    if (name.trim() === "") {
      problems.add({ row: 1, column: label, value: name, code: "blank_column", message: `${label} has no name in the header` });
      usable = false;
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      problems.add({
        row: 1,
        column: name,
        value: name,
        code: "duplicate_column",
        message: `"${name}" appears twice in the header (columns ${first + 1} and ${position + 1})`,
      });
      usable = false;
      return;
    }
    seen.set(name, position);
    if (!KNOWN.has(name)) {
      const near = FIGURE_CSV_HEADERS.find((known) => known === name.trim().toLowerCase().replace(/[\s-]+/g, "_"));
      problems.add({
        row: 1,
        column: name,
        value: name,
        code: "unknown_column",
        message: near ? `unknown column "${name}"; did you mean "${near}"?` : `unknown column "${name}"; the columns are those of the CSV export`,
      });
      usable = false;
      return;
    }
    if (!EXPORT_ONLY.has(name)) index.set(name as ImportColumn, position);
  });
  const plain = !seen.has("key") && !EXPORT_ONLY_COLUMNS.some((column) => seen.has(column));
  const needed: readonly string[] = plain ? [...PLAIN_TABLE_COLUMNS, "source"] : REQUIRED_COLUMNS;
  for (const required of needed) {
    if (seen.has(required) || (required === "source" && defaultSource)) continue;
    problems.add({ row: 1, column: required, value: null, code: "missing_column", message: missingMessage(required, plain) });
    usable = false;
  }
  return usable ? index : null;
}

function missingMessage(column: string, plain: boolean): string {
  if (column === "source") return `the column "source" is missing: name each row's source, or give one source for every row (data:import --source "<citation>")`;
  if (plain) return `the column "${column}" is missing: a table without a key column needs ${PLAIN_TABLE_COLUMNS.join(", ")}`;
  return `the required column "${column}" is missing`;
}
