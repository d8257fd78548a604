import { useTranslations } from "next-intl";
import { displayText, formatNumber } from "@/lib/format";
import type { ImportProblem } from "@/lib/import/problems";
import type { ImportWarning } from "@/lib/import/report";
import { Cell, SimpleTable } from "@/components/ui/simple-table";

// The error report of a rejected import (or its warnings): every listed problem with its row (as a
// spreadsheet numbers it), column, value and what is wrong, and how many there were in all.
export function ProblemTable({ problems, total, noun = "problem" }: { problems: (ImportProblem | ImportWarning)[]; total: number; noun?: "problem" | "warning" }) {
  const t = useTranslations("pages.problems");
  const caption =
    total > problems.length
      ? t("listed", { total: formatNumber(total), noun, listed: formatNumber(problems.length) })
      : t("count", { count: total, noun });
  const columns = [{ label: t("columns.row"), numeric: true }, t("columns.column"), t("columns.value"), t("columns.problem")];
  return (
    <SimpleTable look="reference" caption={caption} columns={columns} data-testid={`import-${noun}s`}>
      {problems.map((problem, index) => (
        <tr key={index}>
          <Cell numeric>{problem.row === null ? t("file") : formatNumber(problem.row)}</Cell>
          <td>{problem.column === null ? "—" : <code>{displayText(problem.column)}</code>}</td>
          <td>{problem.value === null ? "—" : <code>{problem.value === "" ? t("empty") : problem.value}</code>}</td>
          <td>
            {/* The import's messages are the API's, in English for scripts. */}
            <span lang="en">{displayText(problem.message)}</span> <span className="muted">({problem.code})</span>
          </td>
        </tr>
      ))}
    </SimpleTable>
  );
}
