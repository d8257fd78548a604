import { displayText, formatNumber } from "@/lib/format";
import type { ImportProblem } from "@/lib/import/problems";

// The error report of a rejected import: every listed problem with its row (as a spreadsheet
// numbers it), column, value and what is wrong, and how many there were in all.
export function ProblemTable({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const caption =
    total > problems.length
      ? `${formatNumber(total)} problems; the first ${formatNumber(problems.length)} are listed`
      : `${formatNumber(total)} problem${total === 1 ? "" : "s"}`;
  return (
    <div className="table-scroll">
      <table className="ref-table" data-testid="import-problems">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.row === null ? "file" : formatNumber(problem.row)}</td>
              <td>{problem.column === null ? "—" : <code>{displayText(problem.column)}</code>}</td>
              <td>{problem.value === null ? "—" : <code>{problem.value === "" ? "(empty)" : problem.value}</code>}</td>
              <td>
                {displayText(problem.message)} <span className="muted">({problem.code})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
