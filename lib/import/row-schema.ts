import type { z } from "zod";
import { datasetFileSchema, figureEntrySchema, sourceEntrySchema, type FigureEntry } from "@/lib/schemas/dataset-file";
import { CATEGORY_CODES, KIND_CODES, QUALIFIER_CODES } from "@/lib/vocab";
import type { ColumnIndex } from "./columns";
import { derivedKey } from "./defaults/derived-key";
import { NOT_STATED, type DefaultsToFill } from "./defaults/plain-table";
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
  /** A row of a plain table: the defaults still to fill once the dataset is known (defaults/fill-defaults.ts). */
  fill?: DefaultsToFill;
}

/** How the rows of one file are read (columns.ts): its shape and the cells that may not be empty. */
export interface FileReading {
  columns: ColumnIndex;
  /** A plain table (defaults/plain-table.ts): empty and absent cells get their defaults. */
  plain: boolean;
  required: ReadonlySet<string>;
  /** The import names a source for every row that has none. */
  defaultSource: boolean;
}

// Stands in for a default that is filled once the dataset is known; valid for the schema.
const LATER = "x";

const datasetSlugSchema = datasetFileSchema.shape.dataset.shape.slug;
const citationSchema = sourceEntrySchema.shape.citation;

// Valid stand-ins for fields that failed, so that a second pass can still judge the rules that
// span several fields (derived needs a derivation, a gold parity needs its year, no flag twice):
// those rules only run once every field is valid on its own.
const STAND_INS: Partial<Record<keyof FigureEntry, unknown>> = {
  key: "x",
  label: "x",
  category: CATEGORY_CODES[0],
  unit: "USD",
  priceBasis: null,
  priceYear: null,
  denomination: null,
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
  locator: "x",
  cited: null,
  notes: null,
};

export function readFigureRow(cells: string[], file: FileReading, row: number, problems: ProblemList): ImportRow | null {
  const before = problems.total;
  const read = new RowCells(cells, file.columns, row, problems, file.required);
  const { input, citedSource, fill } = figureInput(read, file);
  const parsed = figureEntrySchema.safeParse(input);
  if (!parsed.success) reportEntryIssues(read, input, parsed.error.issues);

  const sourceCitation = citation(read, "source_citation");
  const citedSourceCitation = citation(read, "cited_source_citation");
  if (citedSourceCitation !== null && citedSource === null)
    read.report("cited_source", "", "inconsistent", "cited_source_citation needs cited_source, the key of the cited work");
  const dataset = datasetOf(read);

  if (problems.total > before || !parsed.success) return null;
  const imported: ImportRow = { row, entry: parsed.data, dataset, sourceCitation, citedSourceCitation };
  if (fill.label || fill.source || fill.priceBasis) imported.fill = fill;
  return imported;
}

/** The row in the shape of a figure entry, for the schema to judge (cells it cannot read are reported). */
function figureInput(read: RowCells, file: FileReading) {
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

  const plain = file.plain;
  // In a plain table an empty or absent cell gets its default (defaults/plain-table.ts).
  const cell = (column: Parameters<RowCells["text"]>[0], fallback: string) => (plain ? (read.orNull(column) ?? fallback) : read.text(column));
  const flow = { from: read.orNull("from"), to: read.orNull("to"), unit: read.text("unit") };
  const start = read.orNull("period_start");
  const end = plain ? (read.orNull("period_end") ?? start) : read.orNull("period_end");
  const label = plain ? read.orNull("label") : read.text("label");
  const source = read.text("source");
  const basis = moneyBasisInput(read);
  const fill: DefaultsToFill = { label: label === null, source: source === "" && file.defaultSource, priceBasis: plain && basis.priceBasis === null };
  const categoryCell = plain ? read.orNull("category") : read.text("category");
  const kindCell = plain ? read.orNull("kind") : read.text("kind");

  const input = {
    key: plain ? derivedKey({ ...flow, category: categoryCell, kind: kindCell, start, end }) : read.text("key"),
    label: label ?? LATER,
    category: categoryCell ?? NOT_STATED,
    kind: kindCell ?? NOT_STATED,
    ...flow,
    value: amount.ok ? amount.value : 0,
    // The printed value of a plain table is the cell as written in the file, not a re-formatted number.
    printed: cell("value_printed", valueCell),
    ...basis,
    qualifier: cell("qualifier", "exact"),
    period: {
      start,
      end,
      status: cell("period_status", start === null ? "unknown" : "stated"),
      text: read.orNull("period_text"),
    },
    parent: read.orNull("parent_key"),
    derived,
    derivation: read.orNull("derivation"),
    source: fill.source ? LATER : source,
    ...provenanceInput(read, plain),
    cited: citedRef === null ? null : { ref: citedRef, source: citedSource },
    flags: flagsCell === null ? [] : flagsCell.split(";"),
    notes: read.orNull("notes"),
  };
  return { input, citedSource, fill };
}

/** The money basis cells; a year that is not a whole number is reported and read as none. */
function moneyBasisInput(read: RowCells) {
  const yearCell = read.orNull("price_year");
  const year = yearCell === null ? null : /^[0-9]{4}$/.test(yearCell) ? Number(yearCell) : undefined;
  if (year === undefined) read.report("price_year", yearCell, "invalid_format", "must be a year written in four digits");
  return { priceBasis: read.orNull("price_basis"), priceYear: year ?? null, denomination: read.orNull("denomination") };
}

/**
 * The provenance cells. An empty provenance cell is read from the cells that are filled: a table
 * cell when any cell_ column is, else a phrase when section or phrase is, else a page when the
 * locator is; the export always writes it. A row of a plain table that fills none of them names
 * the source as a whole.
 */
function provenanceInput(read: RowCells, plain: boolean) {
  const section = read.orNull("section");
  const phrase = read.orNull("phrase");
  const cellParts = { table: read.orNull("cell_table"), row: read.orNull("cell_row"), column: read.orNull("cell_column") };
  const hasCell = Object.values(cellParts).some((part) => part !== null);
  const locator = read.orNull("locator");
  const stated = read.orNull("provenance");
  const provenance = stated ?? (hasCell ? "cell" : section !== null || phrase !== null ? "phrase" : locator !== null ? "page" : plain ? "source" : "phrase");
  // A partly described cell is passed with "" for the missing parts, so that each is reported as required.
  const cell = hasCell ? { table: cellParts.table ?? "", row: cellParts.row ?? "", column: cellParts.column ?? "" } : null;
  return { provenance, section, phrase, cell, locator };
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
