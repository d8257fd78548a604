import { CsvError, parse } from "csv-parse/sync";
import { detectDelimiter, type Delimiter } from "./delimiter";
import type { ProblemList } from "./problems";
import type { WarningList } from "./warnings";

// Splits decoded CSV text into records with csv-parse (RFC 4180: quoted delimiters, quotes and
// line breaks inside cells). The delimiter is a comma, a semicolon or a tab, read off the header
// (what spreadsheets save in comma-decimal locales: delimiter.ts), and the result says which. A
// double quote inside a cell that is not quoted (`Pipe 12" wide`) is refused with its row and
// column: it usually means a mangled file, and a lenient parser would store it silently.

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the header is 1; quoted line breaks do not add rows. */
  row: number;
  cells: string[];
}

export type ParseResult =
  | { ok: true; header: string[]; records: CsvRecord[]; delimiter: Delimiter }
  | { ok: false };

/** Takes each data record as it is parsed; the header comes with it. */
export type RecordConsumer = (record: CsvRecord, header: string[]) => void;

export interface ParseOptions {
  maxRows: number;
  problems: ProblemList;
  allowNoRows?: boolean;
  warnings?: WarningList;
  /**
   * Hands each data record over as it is parsed instead of collecting them (records is then
   * empty): a file's cells need not all be in memory at once. Called before the whole file is
   * known to parse, so the consumer keeps what it finds apart until the result is ok.
   */
  onRecord?: RecordConsumer;
}

// Enough of a file given as bytes to read its header from (delimiter detection, error messages).
export const HEAD_BYTES = 1024 * 1024;

/** Parses CSV text, or the UTF-8 bytes of one (already checked: decode.ts), which are never made one string. */
export function parseCsvText(input: string | Buffer, options: ParseOptions): ParseResult {
  const text = typeof input === "string" ? input : input.subarray(0, HEAD_BYTES).toString("utf8");
  const delimiter = detectDelimiter(text);
  const taker = new RecordTaker(options);
  try {
    parse(input, csvParseOptions(delimiter.char, taker));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    options.problems.add(syntaxProblem(error, text));
    return { ok: false };
  }
  return taker.result(delimiter.name);
}

/** csv-parse's options: every record handed to the taker as it is parsed, none collected. */
export function csvParseOptions(delimiter: string, taker: RecordTaker) {
  return {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    bom: false,
    on_record: (cells: string[], info: { records: number }) => {
      taker.take(cells, info.records);
      return undefined;
    },
  };
}

/** Takes the records as csv-parse reads them: the header, blank lines, the row limit; then the result. */
export class RecordTaker {
  private header: string[] | null = null;
  private readonly records: CsvRecord[] = [];
  private count = 0;
  // Past the limit the rest is still parsed (a syntax error is reported first), but not kept.
  private tooMany = false;
  private blankAt: number | null = null;

  constructor(private readonly options: ParseOptions) {}

  // Every record counts as a row, blank ones too, so a record's row is its index + 1.
  take(cells: string[], row: number): void {
    const { maxRows, warnings, onRecord } = this.options;
    if (this.header === null) {
      this.header = cells;
      return;
    }
    if (this.tooMany) return;
    // A blank line carries no data; one between rows is worth a warning (a row lost in editing?).
    if (cells.length === 1 && cells[0] === "") {
      this.blankAt ??= row;
      return;
    }
    if (this.blankAt !== null) warnings?.add({ row: this.blankAt, code: "blank_line", message: "an empty line between rows: was a row deleted by mistake?" });
    this.blankAt = null;
    if (this.count >= maxRows) {
      this.tooMany = true;
      return;
    }
    this.count += 1;
    if (onRecord) onRecord({ row, cells }, this.header);
    else this.records.push({ row, cells });
  }

  /** The whole file's result once it has parsed (the problem is added when it is not usable). */
  result(delimiter: Delimiter): ParseResult {
    const { maxRows, problems, allowNoRows = false } = this.options;
    const first = this.header;
    if (first === null || (first.length === 1 && first[0] === "")) {
      problems.add({ row: 1, column: null, value: null, code: "empty_file", message: "the file is empty: it has no header row" });
      return { ok: false };
    }
    if (this.tooMany) {
      problems.add({ code: "too_many_rows", message: `the file has more than ${maxRows} data rows (MAX_IMPORT_ROWS); split it into smaller files` });
      return { ok: false };
    }
    if (this.count === 0 && !allowNoRows) {
      problems.add({ code: "no_rows", message: "the file has a header but no data rows" });
      return { ok: false };
    }
    return { ok: true, header: first, records: this.records, delimiter };
  }
}

/** csv-parse's error as a problem on the row (and column) where the record starts. */
export function syntaxProblem(error: CsvError, text: string) {
  const detail = error as CsvError & { records?: number; column?: number | false; field?: string };
  const row = (detail.records ?? 0) + 1;
  // A quote that is never closed runs into later cells and rows: only the row can be named.
  const named = row > 1 && typeof detail.column === "number" && error.code === "INVALID_OPENING_QUOTE";
  const column = named ? headerName(text, detail.column as number) : null;
  const base = { row, column, value: detail.field ?? null, code: "csv_syntax" as const };
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return { ...base, message: "a quoted cell is never closed: a double quote is missing, so the rest of the file runs into this cell" };
    case "INVALID_OPENING_QUOTE":
      return {
        ...base,
        message:
          'a double quote inside a cell that is not quoted: the file may be mangled. If the quote belongs there, put the whole cell in quotes and double it ("Pipe 12"" wide")',
      };
    case "CSV_INVALID_CLOSING_QUOTE":
      return {
        ...base,
        message: "a quoted cell is never closed, or text follows its closing quote: quote the whole cell and double every quote inside it",
      };
    default:
      return { ...base, message: `the CSV is malformed here: ${error.message}` };
  }
}

/** The name of a header column, for a problem found before the records were returned. */
function headerName(text: string, index: number): string | null {
  try {
    const delimiter = detectDelimiter(text);
    const [header] = parse(text, { delimiter: delimiter.char, relax_column_count: true, to: 1 }) as string[][];
    return header?.[index] ?? `column ${index + 1}`;
  } catch {
    return `column ${index + 1}`;
  }
}
