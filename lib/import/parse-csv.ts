import Papa from "papaparse";
import type { ProblemList } from "./problems";

// Splits decoded CSV text into records with papaparse (RFC 4180: quoted commas, quotes and line
// breaks inside cells). The delimiter is always a comma, as the export writes it; a file separated
// by semicolons or tabs (what spreadsheets in many locales save) is recognised and refused with a
// message that says so, instead of a confusing "unknown column" list.

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the header is 1; quoted line breaks do not add rows. */
  row: number;
  cells: string[];
}

export type ParseResult =
  | { ok: true; header: string[]; records: CsvRecord[] }
  | { ok: false };

export function parseCsvText(
  text: string,
  { maxRows, problems, allowNoRows = false }: { maxRows: number; problems: ProblemList; allowNoRows?: boolean },
): ParseResult {
  // Mutated inside papaparse's callback; kept in one object so TypeScript does not narrow them.
  const state = { header: null as string[] | null, row: 0, fatal: false, tooMany: false };
  const records: CsvRecord[] = [];

  Papa.parse<string[]>(text, {
    delimiter: ",",
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      state.row += 1;
      const row = state.row;
      // One problem per row: an unclosed quote explains whatever else papaparse noticed there.
      if (result.errors.length > 0) {
        state.fatal = true;
        const unclosed = result.errors.some((error) => error.code === "MissingQuotes");
        problems.add({
          row,
          column: null,
          value: null,
          code: "csv_syntax",
          message: unclosed
            ? "a quoted cell is never closed: a double quote is missing, so the rest of the file runs into this cell"
            : `the CSV is malformed here: ${result.errors[0]!.message}`,
        });
      }
      const cells = result.data;
      if (state.header === null) {
        state.header = cells;
        return;
      }
      // A blank line (a trailing line break, or an empty line between rows) carries no data.
      if (cells.length === 1 && cells[0] === "") return;
      if (records.length >= maxRows) {
        state.tooMany = true;
        parser.abort();
        return;
      }
      records.push({ row, cells });
    },
  });

  const first = state.header;
  if (first === null || (first.length === 1 && first[0] === "")) {
    problems.add({ row: 1, column: null, value: null, code: "empty_file", message: "the file is empty: it has no header row" });
    return { ok: false };
  }
  if (first.length === 1) {
    const only = first[0]!;
    const separator = only.includes(";") ? "semicolons (;)" : only.includes("\t") ? "tabs" : null;
    if (separator) {
      problems.add({
        row: 1,
        column: null,
        value: only,
        code: "delimiter",
        message: `the file is separated by ${separator}, not commas; export it as "CSV (comma delimited)" / CSV UTF-8`,
      });
      return { ok: false };
    }
  }
  if (state.tooMany) {
    problems.add({
      row: null,
      column: null,
      value: null,
      code: "too_many_rows",
      message: `the file has more than ${maxRows} data rows (MAX_IMPORT_ROWS); split it into smaller files`,
    });
    return { ok: false };
  }
  if (state.fatal) return { ok: false };
  if (records.length === 0 && !allowNoRows) {
    problems.add({ row: null, column: null, value: null, code: "no_rows", message: "the file has a header but no data rows" });
    return { ok: false };
  }
  return { ok: true, header: first, records };
}
