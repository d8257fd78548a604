import type { z } from "zod";
import { datasetFileSchema, figureEntrySchema, sourceEntrySchema, type FigureEntry } from "@/lib/schemas/dataset-file";
import { CATEGORY_CODES, KIND_CODES, QUALIFIER_CODES } from "@/lib/vocab";
import type { ColumnIndex } from "./columns";
import { parseStrictAmount } from "./number";
import type { ProblemList } from "./problems";
import { RowCells } from "./row-cells";

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
  const read = new RowCells(cells, columns, row, problems);
  const { input, citedSource } = figureInput(read);
  const parsed = figureEntrySchema.safeParse(input);
  if (!parsed.success) reportEntryIssues(read, input, parsed.error.issues);

  const sourceCitation = citation(read, "source_citation");
  const citedSourceCitation = citation(read, "cited_source_citation");
  if (citedSourceCitation !== null && citedSource === null)
    read.report("cited_source", "", "inconsistent", "cited_source_citation needs cited_source, the key of the cited work");
  const dataset = datasetOf(read);

  if (problems.total > before || !parsed.success) return null;
  return { row, entry: parsed.data, dataset, sourceCitation, citedSourceCitation };
}

/** The row in the shape of a figure entry, for the schema to judge (cells it cannot read are reported). */
function figureInput(read: RowCells) {
  const valueCell = read.raw("value");
  const amount = parseStrictAmount(valueCell);
  if (!amount.ok) read.report("value", valueCell, amount.code, amount.message);

  let derived = false;
  if (read.has("derived")) {
    const cell = read.raw("derived");
    if (cell === "true") derived = true;
    else if (cell !== "false") read.report("derived", cell, "invalid_boolean", 'must be "true" or "false"');
  }

  const flagsCell = read.orNull("flags");
  const citedRef = read.orNull("cited_ref");
  const citedSource = read.orNull("cited_source");
  if (citedSource !== null && citedRef === null)
    read.report("cited_ref", "", "inconsistent", "a cited source needs cited_ref, the reference as the source cites it");

  const input = {
    key: read.text("key"),
    label: read.text("label"),
    category: read.text("category"),
    kind: read.text("kind"),
    from: read.orNull("from"),
    to: read.orNull("to"),
    value: amount.ok ? amount.value : 0,
    printed: read.text("value_printed"),
    unit: read.text("unit"),
    basis: read.orNull("currency_basis"),
    qualifier: read.text("qualifier"),
    period: {
      start: read.orNull("period_start"),
      end: read.orNull("period_end"),
      status: read.text("period_status"),
      text: read.orNull("period_text"),
    },
    parent: read.orNull("parent_key"),
    derived,
    derivation: read.orNull("derivation"),
    source: read.text("source"),
    section: read.text("section"),
    phrase: read.text("phrase"),
    cited: citedRef === null ? null : { ref: citedRef, source: citedSource },
    flags: flagsCell === null ? [] : flagsCell.split(";"),
    notes: read.orNull("notes"),
  };
  return { input, citedSource };
}

/**
 * The schema's issues with the entry; then, when every field that failed has a stand-in, a second
 * pass with the stand-ins for the rules that span several fields.
 */
function reportEntryIssues(read: RowCells, input: object, issues: readonly z.core.$ZodIssue[]): void {
  read.addIssues(issues);
  const failed = new Set(issues.map((issue) => String(issue.path[0]) as keyof FigureEntry));
  if (![...failed].every((field) => field in STAND_INS)) return;
  const patched: Record<string, unknown> = { ...input };
  for (const field of failed) patched[field] = STAND_INS[field];
  const second = figureEntrySchema.safeParse(patched);
  if (!second.success) read.addIssues(second.error.issues.filter((issue) => issue.code === "custom"));
}

function citation(read: RowCells, column: "source_citation" | "cited_source_citation"): string | null {
  const cell = read.orNull(column);
  if (cell === null) return null;
  const checked = citationSchema.safeParse(cell);
  if (!checked.success) read.addIssues(checked.error.issues.map((issue) => ({ ...issue, path: [column] })));
  return cell;
}

function datasetOf(read: RowCells): string | null {
  if (!read.has("dataset")) return null;
  const dataset = read.orNull("dataset");
  if (dataset !== null && !datasetSlugSchema.safeParse(dataset).success)
    read.report("dataset", dataset, "invalid_format", "a dataset slug is lower-case words joined by hyphens");
  return dataset;
}
