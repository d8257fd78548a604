import type { z } from "zod";
import type { ColumnIndex, ImportColumn } from "./columns";
import { looksLikeFormula, stripFormulaGuard } from "./formula";
import type { ProblemCode, ProblemList } from "./problems";

// The cells of one CSV row, read as text the way the dataset file schema wants it, and the schema's
// issues mapped back to the CSV columns they came from. A cell gets one problem at most: the first
// is the one to fix.

/** Where a schema path points in the CSV. */
function columnOfPath(path: readonly PropertyKey[]): ImportColumn {
  const [head, sub] = path;
  switch (head) {
    case "printed":
      return "value_printed";
    case "priceBasis":
      return "price_basis";
    case "priceYear":
      return "price_year";
    case "parent":
      return "parent_key";
    case "period":
      return sub === "start" ? "period_start" : sub === "end" ? "period_end" : sub === "text" ? "period_text" : "period_status";
    case "cited":
      return sub === "source" ? "cited_source" : "cited_ref";
    case "cell":
      return sub === "row" ? "cell_row" : sub === "column" ? "cell_column" : "cell_table";
    default:
      return String(head) as ImportColumn;
  }
}

/** A schema issue as an import problem, in the words of the column it points at. */
export function problemOfIssue(issue: z.core.$ZodIssue, column: string, cell: string): { code: ProblemCode; message: string } {
  switch (issue.code) {
    case "too_big":
      return { code: "too_long", message: issue.message };
    case "too_small":
      return cell === "" ? { code: "required", message: "a value is required" } : { code: "too_long", message: issue.message };
    case "invalid_value": {
      const known = issue.values.map(String);
      const list = known.length > 16 ? `${known.slice(0, 16).join(", ")}, …` : known.join(", ");
      return { code: "unknown_value", message: `unknown ${column.replace(/_/g, " ")} "${cell}"; known values: ${list}` };
    }
    case "invalid_format":
      return { code: "invalid_format", message: issue.message };
    case "custom": {
      if (column === "period_start" || column === "period_end") {
        if (issue.message.includes("ends before it starts")) return { code: "period_order", message: issue.message };
        if (issue.message.startsWith("must be a date")) return { code: "invalid_date", message: issue.message };
        return { code: "invalid_period", message: issue.message };
      }
      if (column === "period_status") return { code: "invalid_period", message: issue.message };
      if (issue.message.includes("control characters")) return { code: "forbidden_character", message: issue.message };
      if (issue.message.includes("start or end with spaces")) return { code: "surrounding_space", message: issue.message };
      if (issue.message.includes("at most 12 words")) return { code: "too_long", message: issue.message };
      if (issue.message.includes("provenance needs")) return { code: "required", message: issue.message };
      return { code: "inconsistent", message: issue.message };
    }
    default:
      return { code: "inconsistent", message: issue.message };
  }
}

export class RowCells {
  private readonly reported = new Set<ImportColumn>();

  constructor(
    private readonly cells: string[],
    private readonly columns: ColumnIndex,
    private readonly row: number,
    private readonly problems: ProblemList,
    /** The columns whose cells may not be empty in this file (columns.ts requiredCells). */
    private readonly required: ReadonlySet<string>,
  ) {}

  has(column: ImportColumn): boolean {
    return this.columns.has(column);
  }

  /** The cell as written; "" when the file has no such column. */
  raw(column: ImportColumn): string {
    const at = this.columns.get(column);
    return at === undefined ? "" : (this.cells[at] ?? "");
  }

  report(column: ImportColumn, cell: string | null, code: ProblemCode, message: string): void {
    this.reported.add(column);
    this.problems.add({ row: this.row, column, value: cell, code, message });
  }

  /** Text as stored: the export's formula guard removed, a bare formula refused. */
  text(column: ImportColumn): string {
    const raw = this.raw(column);
    if (looksLikeFormula(raw)) {
      this.report(column, raw, "formula", "starts like a spreadsheet formula (= + - @); put an apostrophe in front to keep it as text");
      return raw;
    }
    const cell = stripFormulaGuard(raw);
    if (cell === "" && this.required.has(column)) this.report(column, cell, "required", "a value is required");
    return cell;
  }

  /** text(), with an empty cell as null. */
  orNull(column: ImportColumn): string | null {
    const cell = this.text(column);
    return cell === "" ? null : cell;
  }

  /** Reports schema issues on their columns, skipping cells that already have a problem. */
  addIssues(issues: readonly z.core.$ZodIssue[]): void {
    for (const issue of issues) {
      const column = columnOfPath(issue.path);
      if (this.reported.has(column)) continue;
      const cell = this.raw(column);
      const { code, message } = problemOfIssue(issue, column, cell);
      this.report(column, cell, code, message);
    }
  }
}
