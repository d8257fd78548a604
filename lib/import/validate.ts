import { datasetFileSchema, type ActorEntry } from "@/lib/schemas/dataset-file";
import { FileProblems, readActorsFile, type DeclaredActor } from "./actors-file";
import { checkDeclaredActors } from "./check-actors";
import { checkReferences } from "./check-references";
import type { ImportContext } from "./context";
import { vocabularyToDeclare, type VocabularyToDeclare } from "./declare-vocabulary";
import { fillDefaults } from "./defaults/fill-defaults";
import { FigureTableReader, type FigureTable } from "./figure-rows";
import type { ImportMode } from "./mode";
import { ProblemList } from "./problems";
import { readTable } from "./read-table";
import type { Delimiter } from "./delimiter";
import type { ImportRow } from "./row-schema";
import { warnAboutActors, warnAboutRows } from "./row-warnings";
import { WarningList, warningsAsProblems } from "./warnings";

// Everything an import checks before it writes anything, in order: the actors file if there is one
// (actors-file.ts), then for the figures the size, the encoding, the CSV syntax and delimiter
// (read-table.ts), the header, every row and cell and the keys (figure-rows.ts), then what rows say
// about each other and about the database: one dataset, the defaults of a plain table that depend
// on it (defaults/), the vocabulary the dataset must declare (declare-vocabulary.ts), and the
// references (check-references.ts). File-level problems stop early (the
// rows cannot be read); row problems are all collected, so one report lists them all. Warnings
// (row-warnings.ts) are collected beside them; in strict mode they refuse the file too.

export interface ValidateOptions {
  /** The dataset to import into; when absent, the file's `dataset` column names it. */
  dataset?: string;
  mode: ImportMode;
  maxBytes: number;
  maxRows: number;
  loadContext: (slug: string) => Promise<ImportContext>;
  onProgress?: (done: number, total: number) => void;
  /** The actors the import declares (a CSV of code, name, kind, start_year, end_year…). */
  actorsFile?: { fileName: string; bytes: Uint8Array };
  /** The full reference of the source named for every row that names none. */
  defaultSource?: string;
  /** Warnings refuse the file. */
  strict?: boolean;
}

/** What reading the file noticed besides its problems. */
export interface ReadNotes {
  warnings: WarningList;
  /** The delimiter the file uses; null when it could not be read. */
  delimiter: Delimiter | null;
}

export type ValidationResult =
  | {
      ok: true;
      datasetSlug: string;
      rows: ImportRow[];
      actors: ActorEntry[];
      rowsTotal: number;
      problems: ProblemList;
      /** What the dataset's metadata must declare for these rows (declare-vocabulary.ts). */
      declare: VocabularyToDeclare;
      notes: ReadNotes;
    }
  | { ok: false; datasetSlug: string | null; rowsTotal: number; problems: ProblemList; notes: ReadNotes };

const slugSchema = datasetFileSchema.shape.dataset.shape.slug;

export async function validateCsv(bytes: Uint8Array, options: ValidateOptions): Promise<ValidationResult> {
  const problems = new ProblemList();
  const notes: ReadNotes = { warnings: new WarningList(), delimiter: null };
  const optionSlug = options.dataset ?? null;
  const fail = (rowsTotal = 0, datasetSlug: string | null = optionSlug): ValidationResult => ({ ok: false, datasetSlug, rowsTotal, problems, notes });

  if (optionSlug !== null && !slugSchema.safeParse(optionSlug).success) {
    problems.add({ code: "no_dataset", message: `"${optionSlug}" is not a dataset slug (lower-case words joined by hyphens)`, value: optionSlug });
    return fail(0, null);
  }
  const declared = readDeclaredActors(options, problems);
  const read = readFigures(bytes, options, notes, problems);
  if (!read || declared === null) return fail();
  const { table, total, rowProblems } = read;
  problems.append(rowProblems);
  if (!table) return fail(total);
  const { rows, keys } = table;
  const datasetSlug = chooseDataset(rows, optionSlug, problems);

  if (datasetSlug === null) return fail(total, null);
  const context = await options.loadContext(datasetSlug);
  if (options.actorsFile) checkDeclaredActors(declared, options.actorsFile.fileName, context, problems);
  const declaredByCode = new Map(declared.map(({ actor }) => [actor.code, actor]));
  const declare = vocabularyToDeclare(rows, context);
  fillDefaults(rows, context, options.defaultSource ?? null);
  checkReferences(rows, keys, context, declaredByCode, options.mode, datasetSlug, problems);
  warnAboutRows(rows, context.values, notes.warnings);
  if (options.actorsFile) warnAboutActors(options.actorsFile.fileName, declared, notes.warnings);
  if (options.strict) warningsAsProblems(notes.warnings, problems);

  if (!problems.isEmpty) return fail(total, datasetSlug);
  return { ok: true, datasetSlug, rows, actors: declared.map(({ actor }) => actor), rowsTotal: total, problems, declare, notes };
}

/**
 * The figures read as the file is parsed, each record made a row at once, so that the file's cells
 * are never all in memory beside the rows. Null when the file cannot be parsed; the rows' problems
 * are kept apart, for the caller to add once the file is known to be CSV (a file that is not gets
 * that one problem, and none of its rows).
 */
function readFigures(bytes: Uint8Array, options: ValidateOptions, notes: ReadNotes, problems: ProblemList): { table: FigureTable | null; total: number; rowProblems: ProblemList } | null {
  const rowProblems = new ProblemList();
  const readOptions = { defaultSource: options.defaultSource !== undefined, onProgress: options.onProgress };
  let reader: FigureTableReader | null = null;
  const file = readTable(bytes, { ...options, warnings: notes.warnings }, problems, (record, header) => {
    reader ??= new FigureTableReader(header, readOptions, rowProblems);
    reader.add(record);
  });
  if (!file) return null;
  notes.delimiter = file.delimiter;
  return { table: (reader as FigureTableReader | null)?.finish() ?? null, total: file.count, rowProblems };
}

/** The actors file's declarations ([] without one), or null when it cannot be used (the problems are added). */
function readDeclaredActors(options: ValidateOptions, problems: ProblemList): DeclaredActor[] | null {
  if (!options.actorsFile) return [];
  const { fileName, bytes } = options.actorsFile;
  const table = readTable(bytes, options, new FileProblems(problems, fileName));
  return table ? readActorsFile({ fileName, ...table }, problems) : null;
}

/** One dataset per file: the one asked for, or the one every row names; null when there is none. */
function chooseDataset(rows: ImportRow[], asked: string | null, problems: ProblemList): string | null {
  let datasetSlug = asked;
  const named = new Map<string, number>();
  for (const row of rows) if (row.dataset !== null && !named.has(row.dataset)) named.set(row.dataset, row.row);
  if (datasetSlug === null) {
    if (named.size === 1) datasetSlug = [...named.keys()][0]!;
    else if (named.size === 0) {
      // Without any valid row the rows' own problems say enough.
      if (rows.length > 0)
        problems.add({
          code: "no_dataset",
          message: "the file does not say which dataset it belongs to: fill the dataset column or choose a dataset",
        });
    } else
      problems.add({
        code: "no_dataset",
        message: `the rows name ${named.size} datasets (${[...named.keys()].slice(0, 5).join(", ")}); one file imports into one dataset`,
      });
  }
  if (datasetSlug !== null) {
    for (const row of rows)
      if (row.dataset !== null && row.dataset !== datasetSlug)
        problems.add({
          row: row.row,
          column: "dataset",
          value: row.dataset,
          code: "dataset_mismatch",
          message: `this file imports into "${datasetSlug}", but the row names "${row.dataset}"`,
        });
  }
  return datasetSlug;
}
