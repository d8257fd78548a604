import { BoundedList, type ProblemList } from "./problems";
import type { WarningCode } from "./warning-codes";

// The warnings of one import: legal but suspicious input (warning-codes.ts), counted, the first
// 1,000 kept with their row and column, like problems. Under strict mode each becomes a problem,
// so the file is refused and nothing is written.

export class WarningList extends BoundedList<WarningCode> {}

/** Strict mode: every warning (as listed, and the count of the rest) becomes a problem. */
export function warningsAsProblems(warnings: WarningList, problems: ProblemList): void {
  for (const warning of warnings.listed) problems.add({ ...warning, message: `${warning.message} (refused: strict mode)` });
  problems.total += warnings.total - warnings.listed.length;
}
