// The CSV export writes a text cell that starts with = + - @ (or a tab or carriage return), possibly
// after apostrophes, with one more leading apostrophe, so that a spreadsheet shows it as text instead
// of running it (lib/export/csv/write.ts). The import undoes exactly that and nothing more: it removes one
// apostrophe, and only when apostrophes and then such a character follow. A cell that starts with
// one of those characters WITHOUT the apostrophe is refused: in a CSV it is either a formula typed
// into a spreadsheet or an injection attempt, and storing it would hand it to the next person who
// opens the data in a tool that does not neutralise it.

const NEUTRALISED = /^'+[=+\-@\t\r]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function stripFormulaGuard(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}
