// The problems an import can find, and the list that collects them. Every problem is counted; the
// first MAX_LISTED are kept with their row, column and value, so that a file with a million bad
// rows still gets a report of bounded size that says how many there were in all.

export const PROBLEM_CODES = [
  // the file as a whole
  "file_too_large",
  "encoding",
  "empty_file",
  "delimiter",
  "csv_syntax",
  "no_rows",
  "too_many_rows",
  "no_dataset",
  // a data package: a resource its descriptor lists is not in it
  "missing_file",
  // the header row
  "missing_column",
  "duplicate_column",
  "blank_column",
  "unknown_column",
  // one row or cell
  "cell_count",
  "required",
  "invalid_number",
  "negative_number",
  "number_overflow",
  "number_precision",
  "invalid_boolean",
  "invalid_date",
  "period_order",
  "invalid_period",
  "unknown_value",
  "invalid_format",
  "too_long",
  "forbidden_character",
  "surrounding_space",
  "formula",
  "inconsistent",
  "dataset_mismatch",
  "duplicate_key",
  "unknown_actor",
  "actor_conflict",
  "unknown_source",
  "source_conflict",
  "unknown_parent",
  "parent_cycle",
  // a data package's tables against each other and the database
  "unknown_phase",
  "rate_conflict",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ImportProblem {
  /** The row as a spreadsheet numbers it: the header is row 1. Null for problems of the whole file. */
  row: number | null;
  column: string | null;
  /** The offending value, shortened and with invisible characters spelled out, for display. */
  value: string | null;
  code: ProblemCode;
  message: string;
}

export const MAX_LISTED = 1000;
const MAX_VALUE_CHARS = 80;

// Characters that would be invisible or reorder text in a report: shown as ⟨U+XXXX⟩ instead (the
// notation lib/security/neutralise-text.ts uses on pages).
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** A cell value made safe and short for the error report (the report is data, not the file). */
export function displayValue(value: string): string {
  const chars = Array.from(value);
  const short = chars.length > MAX_VALUE_CHARS ? `${chars.slice(0, MAX_VALUE_CHARS).join("")}… (${chars.length} characters)` : value;
  return short.replace(INVISIBLE, (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);
}

export class ProblemList {
  readonly listed: ImportProblem[] = [];
  total = 0;

  add(problem: { row?: number | null; column?: string | null; value?: string | null; code: ProblemCode; message: string }): void {
    this.total += 1;
    if (this.listed.length >= MAX_LISTED) return;
    this.listed.push({
      row: problem.row ?? null,
      column: problem.column ?? null,
      value: problem.value === undefined || problem.value === null ? null : displayValue(problem.value),
      code: problem.code,
      message: problem.message,
    });
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }
}
