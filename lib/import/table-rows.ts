import type { z } from "zod";
import { looksLikeFormula, stripFormulaGuard } from "./formula";
import { parseStrictAmount } from "./number";
import type { ProblemCode, ProblemList } from "./problems";
import type { CsvTable } from "./read-table";
import { problemOfIssue } from "./row-cells";

// A small table read row by row into the entries of a zod schema: an actors file, and the tables
// of a data package (sources, phases, changelog, conversion rates, events). A spec names each
// column, how its cells are read (text, a year, a whole number, a number, a list separated by
// semicolons) and whether it may be empty; every problem names its row and column, and the
// caller's ProblemList names the file (FileProblems). The figures have a reader of their own
// (row-schema.ts), which knows their defaults.

type CellType = "text" | "year" | "integer" | "number" | "list";
type CellValue = string | number | string[] | null;

interface ColumnSpec {
  type: CellType;
  /** The cell may not be empty (and the column may not be missing). */
  required?: boolean;
}

export interface TableSpec<Entry> {
  /** Column name → how its cells are read; in the order the export writes them. */
  columns: Record<string, ColumnSpec>;
  /** The entry the schema judges, from the cells read (null for an empty cell). */
  input: (cells: ReadonlyMap<string, CellValue>) => unknown;
  schema: z.ZodType<Entry>;
  /** The column a schema issue's path points at. */
  columnOf: (path: readonly PropertyKey[]) => string;
  /** The column whose values are unique, and what one row is ("actor"). */
  unique?: { column: string; what: string };
}

export interface TableRow<Entry> {
  row: number;
  entry: Entry;
  cells: ReadonlyMap<string, CellValue>;
}

/** Entries whose fields are the columns renamed (`start_year` → `startYear`). */
export function renamed<Entry>(fields: Record<string, string>, spec: Omit<TableSpec<Entry>, "input" | "columnOf">): TableSpec<Entry> {
  const columnOfField = new Map(Object.entries(fields).map(([column, field]) => [field, column]));
  return {
    ...spec,
    input: (cells) => Object.fromEntries(Object.entries(fields).map(([column, field]) => [field, cells.get(column) ?? null])),
    columnOf: (path) => columnOfField.get(String(path[0])) ?? Object.keys(fields)[0]!,
  };
}

const YEAR = /^[0-9]{1,4}$/;
const INTEGER = /^(0|[1-9][0-9]{0,8})$/;

/** The valid rows, or null when the table has problems (added to `problems`). */
export function readTableRows<Entry>(spec: TableSpec<Entry>, { header, records }: Pick<CsvTable, "header" | "records">, problems: ProblemList): TableRow<Entry>[] | null {
  if (!checkTableHeader(spec, header, problems)) return null;
  const before = problems.total;
  const rows: TableRow<Entry>[] = [];
  const firstRow = new Map<string, number>();
  const uniqueAt = spec.unique ? header.indexOf(spec.unique.column) : -1;
  for (const { row, cells } of records) {
    if (cells.length !== header.length) {
      problems.add({ row, code: "cell_count", message: `the row has ${cells.length} cells; the header has ${header.length}` });
      continue;
    }
    const read = readTableRow(spec, header, cells, row, problems);
    // Checked on every row, valid or not, as figure keys are.
    const value = uniqueAt === -1 ? "" : (cells[uniqueAt] ?? "");
    const earlier = firstRow.get(value);
    if (earlier !== undefined)
      problems.add({ row, column: spec.unique!.column, value, code: "duplicate_key", message: `the ${spec.unique!.what} "${value}" is already declared on row ${earlier}` });
    else if (value !== "") firstRow.set(value, row);
    if (read) rows.push(read);
  }
  return problems.total > before ? null : rows;
}

function checkTableHeader(spec: TableSpec<unknown>, header: string[], problems: ProblemList): boolean {
  const before = problems.total;
  const seen = new Set<string>();
  header.forEach((name, position) => {
    if (!Object.hasOwn(spec.columns, name))
      problems.add({ row: 1, column: name || `column ${position + 1}`, value: name, code: "unknown_column", message: `unknown column "${name}"; the columns are ${Object.keys(spec.columns).join(", ")}` });
    else if (seen.has(name)) problems.add({ row: 1, column: name, value: name, code: "duplicate_column", message: `"${name}" appears twice in the header` });
    seen.add(name);
  });
  for (const [column, { required }] of Object.entries(spec.columns))
    if (required && !seen.has(column)) problems.add({ row: 1, column, code: "missing_column", message: `the required column "${column}" is missing` });
  return problems.total === before;
}

function readTableRow<Entry>(spec: TableSpec<Entry>, header: string[], cells: string[], row: number, problems: ProblemList): TableRow<Entry> | null {
  const before = problems.total;
  const reported = new Set<string>();
  const report = (column: string, value: string, code: ProblemCode, message: string) => {
    reported.add(column);
    problems.add({ row, column, value, code, message });
  };
  const values = new Map<string, CellValue>();
  for (const [column, columnSpec] of Object.entries(spec.columns)) {
    const at = header.indexOf(column);
    values.set(column, readCell(at === -1 ? "" : (cells[at] ?? ""), columnSpec, (code, message, cell) => report(column, cell, code, message)));
  }
  const input = spec.input(values);
  const parsed = spec.schema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const column = spec.columnOf(issue.path);
      if (reported.has(column)) continue;
      const at = header.indexOf(column);
      const cell = at === -1 ? "" : (cells[at] ?? "");
      const { code, message } = problemOfIssue(issue, column, cell);
      report(column, cell, code, message);
    }
  return problems.total > before || !parsed.success ? null : { row, entry: parsed.data, cells: values };
}

/** One cell as its column reads it; null when empty. A cell it cannot read is reported (and read as null). */
function readCell(raw: string, spec: ColumnSpec, report: (code: ProblemCode, message: string, cell: string) => void): CellValue {
  if (raw === "") {
    if (spec.required) report("required", "a value is required", raw);
    return null;
  }
  switch (spec.type) {
    case "year":
      if (YEAR.test(raw)) return Number.parseInt(raw, 10);
      report("invalid_number", "a year is written with digits only, e.g. 1922", raw);
      return null;
    case "integer":
      if (INTEGER.test(raw)) return Number.parseInt(raw, 10);
      report("invalid_number", "must be a whole number written with digits only", raw);
      return null;
    case "number": {
      const amount = parseStrictAmount(raw);
      if (amount.ok) return amount.value;
      report(amount.code, amount.message, raw);
      return null;
    }
    default: {
      if (looksLikeFormula(raw)) {
        report("formula", "starts like a spreadsheet formula (= + - @); put an apostrophe in front to keep it as text", raw);
        return null;
      }
      const text = stripFormulaGuard(raw);
      return spec.type === "list" ? text.split(";") : text;
    }
  }
}
