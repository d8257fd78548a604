import type { z } from "zod";
import { datasetFileSchema, figureEntrySchema, sourceEntrySchema, type FigureEntry } from "@/lib/schemas/dataset-file";
import { CATEGORY_CODES, KIND_CODES, QUALIFIER_CODES } from "@/lib/vocab";
import { isRequiredColumn, type ColumnIndex, type ImportColumn } from "./columns";
import { looksLikeFormula, stripFormulaGuard } from "./formula";
import { parseStrictAmount } from "./number";
import type { ProblemCode, ProblemList } from "./problems";

// One CSV row → one figure entry of the dataset file schema (lib/schemas/dataset-file.ts), the same
// zod schema the seed checks the reviewed YAML with, so an imported figure obeys exactly the rules
// a seeded one does. Cells are text; this file turns them into the entry's shape (empty → null,
// "a;b" → flags, strict numbers and booleans), runs the schema, and maps each issue back to the
// CSV column it came from.

export interface ImportRow {
  /** The row number in the file (header = 1). */
  row: number;
  entry: FigureEntry;
  /** The `dataset` cell, if the file has the column and the cell is filled. */
  dataset: string | null;
  sourceCitation: string | null;
  citedSourceCitation: string | null;
}

const datasetSlugSchema = datasetFileSchema.shape.dataset.shape.slug;
const citationSchema = sourceEntrySchema.shape.citation;

/** Where a schema path points in the CSV. */
function columnOfPath(path: readonly PropertyKey[]): ImportColumn {
  const [head, sub] = path;
  switch (head) {
    case "printed":
      return "value_printed";
    case "basis":
      return "currency_basis";
    case "parent":
      return "parent_key";
    case "period":
      return sub === "start" ? "period_start" : sub === "end" ? "period_end" : sub === "text" ? "period_text" : "period_status";
    case "cited":
      return sub === "source" ? "cited_source" : "cited_ref";
    default:
      return String(head) as ImportColumn;
  }
}

function problemOfIssue(issue: z.core.$ZodIssue, column: ImportColumn, cell: string): { code: ProblemCode; message: string } {
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
      return { code: "inconsistent", message: issue.message };
    }
    default:
      return { code: "inconsistent", message: issue.message };
  }
}

// Valid stand-ins for fields that failed, so that a second pass can still judge the rules that
// span several fields (derived needs a derivation, money needs a currency basis, no flag twice):
// those rules only run once every field is valid on its own.
const STAND_INS: Partial<Record<keyof FigureEntry, unknown>> = {
  key: "x",
  label: "x",
  category: CATEGORY_CODES[0],
  kind: KIND_CODES[0],
  from: null,
  to: null,
  value: 0,
  printed: "x",
  qualifier: QUALIFIER_CODES[0],
  period: { start: null, end: null, status: "unknown", text: null },
  parent: null,
  source: "x",
  section: "x",
  phrase: "x",
  cited: null,
  notes: null,
};

export function readFigureRow(cells: string[], columns: ColumnIndex, row: number, problems: ProblemList): ImportRow | null {
  const before = problems.total;
  const reported = new Set<ImportColumn>();
  const report = (column: ImportColumn, cell: string | null, code: ProblemCode, message: string) => {
    reported.add(column);
    problems.add({ row, column, value: cell, code, message });
  };

  // Text as stored: the export's formula guard removed, a bare formula refused.
  const text = (column: ImportColumn): string => {
    const at = columns.get(column);
    const raw = at === undefined ? "" : (cells[at] ?? "");
    if (looksLikeFormula(raw)) {
      report(column, raw, "formula", "starts like a spreadsheet formula (= + - @); put an apostrophe in front to keep it as text");
      return raw;
    }
    const cell = stripFormulaGuard(raw);
    if (cell === "" && isRequiredColumn(column)) report(column, cell, "required", "a value is required");
    return cell;
  };
  const orNull = (column: ImportColumn): string | null => {
    const cell = text(column);
    return cell === "" ? null : cell;
  };

  const valueCell = columns.has("value") ? (cells[columns.get("value")!] ?? "") : "";
  const amount = parseStrictAmount(valueCell);
  if (!amount.ok) report("value", valueCell, amount.code, amount.message);

  let derived = false;
  if (columns.has("derived")) {
    const cell = cells[columns.get("derived")!] ?? "";
    if (cell === "true") derived = true;
    else if (cell !== "false") report("derived", cell, "invalid_boolean", 'must be "true" or "false"');
  }

  const flagsCell = orNull("flags");
  const citedRef = orNull("cited_ref");
  const citedSource = orNull("cited_source");
  if (citedSource !== null && citedRef === null)
    report("cited_ref", "", "inconsistent", "a cited source needs cited_ref, the reference as the source cites it");

  const input = {
    key: text("key"),
    label: text("label"),
    category: text("category"),
    kind: text("kind"),
    from: orNull("from"),
    to: orNull("to"),
    value: amount.ok ? amount.value : 0,
    printed: text("value_printed"),
    unit: text("unit"),
    basis: orNull("currency_basis"),
    qualifier: text("qualifier"),
    period: {
      start: orNull("period_start"),
      end: orNull("period_end"),
      status: text("period_status"),
      text: orNull("period_text"),
    },
    parent: orNull("parent_key"),
    derived,
    derivation: orNull("derivation"),
    source: text("source"),
    section: text("section"),
    phrase: text("phrase"),
    cited: citedRef === null ? null : { ref: citedRef, source: citedSource },
    flags: flagsCell === null ? [] : flagsCell.split(";"),
    notes: orNull("notes"),
  };

  const cellOf = (column: ImportColumn) => {
    const at = columns.get(column);
    return at === undefined ? "" : (cells[at] ?? "");
  };
  const addIssues = (issues: readonly z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      const column = columnOfPath(issue.path);
      if (reported.has(column)) continue; // one problem per cell: the first is the one to fix
      const cell = cellOf(column);
      const { code, message } = problemOfIssue(issue, column, cell);
      report(column, cell, code, message);
    }
  };

  const parsed = figureEntrySchema.safeParse(input);
  if (!parsed.success) {
    addIssues(parsed.error.issues);
    const failed = new Set(parsed.error.issues.map((issue) => String(issue.path[0]) as keyof FigureEntry));
    if ([...failed].every((field) => field in STAND_INS)) {
      const patched: Record<string, unknown> = { ...input };
      for (const field of failed) patched[field] = STAND_INS[field];
      const second = figureEntrySchema.safeParse(patched);
      if (!second.success) addIssues(second.error.issues.filter((issue) => issue.code === "custom"));
    }
  }

  const citation = (column: "source_citation" | "cited_source_citation"): string | null => {
    const cell = orNull(column);
    if (cell === null) return null;
    const checked = citationSchema.safeParse(cell);
    if (!checked.success) addIssues(checked.error.issues.map((issue) => ({ ...issue, path: [column] })));
    return cell;
  };
  const sourceCitation = citation("source_citation");
  const citedSourceCitation = citation("cited_source_citation");
  if (citedSourceCitation !== null && citedSource === null)
    report("cited_source", "", "inconsistent", "cited_source_citation needs cited_source, the key of the cited work");

  let dataset: string | null = null;
  if (columns.has("dataset")) {
    dataset = orNull("dataset");
    if (dataset !== null && !datasetSlugSchema.safeParse(dataset).success)
      report("dataset", dataset, "invalid_format", "a dataset slug is lower-case words joined by hyphens");
  }

  if (problems.total > before || !parsed.success) return null;
  return { row, entry: parsed.data, dataset, sourceCitation, citedSourceCitation };
}
