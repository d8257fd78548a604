import { displayText, formatNumber } from "@/lib/format";
import type { ImportProblem } from "@/lib/import/problems";
import type { ImportWarning } from "@/lib/import/report";
import { Cell, SimpleTable } from "@/components/ui/simple-table";

const COLUMNS = [{ label: "Row", numeric: true }, "Column", "Value", "Problem"] as const;

// The error report of a rejected import (or its warnings): every listed problem with its row (as a
// spreadsheet numbers it), column, value and what is wrong, and how many there were in all.
export function ProblemTable({ problems, total, noun = "problem" }: { problems: (ImportProblem | ImportWarning)[]; total: number; noun?: "problem" | "warning" }) {
  const caption =
    total > problems.length
      ? `${formatNumber(total)} ${noun}s; the first ${formatNumber(problems.length)} are listed`
      : `${formatNumber(total)} ${noun}${total === 1 ? "" : "s"}`;
  return (
    <SimpleTable look="reference" caption={caption} columns={COLUMNS} data-testid={`import-${noun}s`}>
      {problems.map((problem, index) => (
        <tr key={index}>
          <Cell numeric>{problem.row === null ? "file" : formatNumber(problem.row)}</Cell>
          <td>{problem.column === null ? "—" : <code>{displayText(problem.column)}</code>}</td>
          <td>{problem.value === null ? "—" : <code>{problem.value === "" ? "(empty)" : problem.value}</code>}</td>
          <td>
            {displayText(problem.message)} <span className="muted">({problem.code})</span>
          </td>
        </tr>
      ))}
    </SimpleTable>
  );
}
