import { WARNING_CODES } from "./warning-codes";

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
  // a warning, refused under --strict (warnings.ts)
  ...WARNING_CODES,
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
// A message quotes values (an unknown column's name, a key): a quoted run longer than an excerpt is
// cut, so that a 10 MB cell cannot be copied into the report through its message.
const MAX_MESSAGE_CHARS = 600;

// Characters that would be invisible or reorder text in a report: shown as ⟨U+XXXX⟩ instead (the
// notation lib/security/neutralise-text.ts uses on pages).
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** A cell value made safe and short for the error report (the report is data, not the file). */
export function displayValue(value: string): string {
  // Never spread a huge cell into code points: only its head can be shown.
  const head = value.length > MAX_VALUE_CHARS * 2 + 2 ? value.slice(0, MAX_VALUE_CHARS * 2 + 2) : value;
  const chars = Array.from(head);
  const count = value === head ? chars.length : codePoints(value);
  const short = count > MAX_VALUE_CHARS ? `${chars.slice(0, MAX_VALUE_CHARS).join("")}… (${count} characters)` : value;
  return short.replace(INVISIBLE, (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);
}

function codePoints(value: string): number {
  // Every UTF-16 unit but the second half of a surrogate pair starts a code point.
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count += 1;
  }
  return count;
}

/** A message with every long quoted value cut to an excerpt, and at most MAX_MESSAGE_CHARS long. */
export function displayMessage(message: string): string {
  // A scan, not a regular expression: one over a 10 MB message exhausts the stack.
  let cut = "";
  let at = 0;
  for (;;) {
    const open = message.indexOf('"', at);
    const close = open === -1 ? -1 : message.indexOf('"', open + 1);
    if (close === -1) break;
    const quoted = message.slice(open + 1, close);
    cut += `${message.slice(at, open)}"${quoted.length > MAX_VALUE_CHARS ? displayValue(quoted) : quoted}"`;
    at = close + 1;
  }
  cut += message.slice(at);
  return cut.length > MAX_MESSAGE_CHARS ? `${cut.slice(0, MAX_MESSAGE_CHARS)}…` : cut;
}

interface Listed<Code extends string> {
  row: number | null;
  column: string | null;
  value: string | null;
  code: Code;
  message: string;
}

/** Counts every entry and keeps the first MAX_LISTED, each with its value and message cut short. */
export class BoundedList<Code extends string> {
  readonly listed: Listed<Code>[] = [];
  total = 0;

  add(problem: { row?: number | null; column?: string | null; value?: string | null; code: Code; message: string }): void {
    this.total += 1;
    if (this.listed.length >= MAX_LISTED) return;
    this.listed.push({
      row: problem.row ?? null,
      column: problem.column === undefined || problem.column === null ? null : displayValue(problem.column),
      value: problem.value === undefined || problem.value === null ? null : displayValue(problem.value),
      code: problem.code,
      message: displayMessage(problem.message),
    });
  }

  /** Adds another list's entries after these (they are already cut short), keeping the first MAX_LISTED. */
  append(other: BoundedList<Code>): void {
    this.total += other.total;
    for (const entry of other.listed) if (this.listed.length < MAX_LISTED) this.listed.push(entry);
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }
}

export class ProblemList extends BoundedList<ProblemCode> {}
