import { datasetFileSchema, type ActorEntry } from "@/lib/schemas/dataset-file";
import { FileProblems, readActorsFile, type DeclaredActor } from "./actors-file";
import { checkDeclaredActors } from "./check-actors";
import { checkReferences } from "./check-references";
import { DatasetChoice } from "./choose-dataset";
import type { ImportContext } from "./context";
import { UsedCodes, vocabularyToDeclare, type VocabularyToDeclare } from "./declare-vocabulary";
import { defaultsFiller } from "./defaults/fill-defaults";
import { FigureTableReader, type FigureTable } from "./figure-rows";
import type { ImportMode } from "./mode";
import { ProblemList } from "./problems";
import type { CsvRecord } from "./parse-csv";
import { readTableFromFile } from "./read-file";
import { readTable } from "./read-table";
import type { Delimiter } from "./delimiter";
import type { ImportRow } from "./row-schema";
import { warnAboutActors, warnAboutRows } from "./row-warnings";
import type { FigureRows } from "./staging/figure-rows";
import { StagedRows } from "./staging/staged-rows";
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
      /** The valid rows, on disk: the caller closes them once written. */
      rows: FigureRows;
      actors: ActorEntry[];
      rowsTotal: number;
      problems: ProblemList;
      /** What the dataset's metadata must declare for these rows (declare-vocabulary.ts). */
      declare: VocabularyToDeclare;
      notes: ReadNotes;
    }
  | { ok: false; datasetSlug: string | null; rowsTotal: number; problems: ProblemList; notes: ReadNotes };

const slugSchema = datasetFileSchema.shape.dataset.shape.slug;

/** The figures: their bytes, or the path of their file on disk (read as a stream). */
export type FiguresInput = Uint8Array | { path: string };

export async function validateCsv(input: FiguresInput, options: ValidateOptions): Promise<ValidationResult> {
  const rows = new StagedRows();
  try {
    const result = await validateInto(rows, input, options);
    if (!result.ok) rows.close();
    return result;
  } catch (error) {
    rows.close();
    throw error;
  }
}

async function validateInto(staged: StagedRows, input: FiguresInput, options: ValidateOptions): Promise<ValidationResult> {
  const problems = new ProblemList();
  const notes: ReadNotes = { warnings: new WarningList(), delimiter: null };
  const optionSlug = options.dataset ?? null;
  const fail = (rowsTotal = 0, datasetSlug: string | null = optionSlug): ValidationResult => ({ ok: false, datasetSlug, rowsTotal, problems, notes });

  if (optionSlug !== null && !slugSchema.safeParse(optionSlug).success) {
    problems.add({ code: "no_dataset", message: `"${optionSlug}" is not a dataset slug (lower-case words joined by hyphens)`, value: optionSlug });
    return fail(0, null);
  }
  const declared = readDeclaredActors(options, problems);
  const choice = new DatasetChoice(optionSlug);
  const used = new UsedCodes();
  const onRow = (row: Parameters<UsedCodes["add"]>[0]) => {
    choice.add(row);
    used.add(row);
  };
  const read = await readFigures(input, { ...options, onRow }, notes, problems, staged);
  if (!read || declared === null) return fail();
  const { table, total, rowProblems } = read;
  problems.append(rowProblems);
  if (!table) return fail(total);
  const { rows, keys } = table;
  const datasetSlug = choice.choose(problems);

  if (datasetSlug === null) return fail(total, null);
  const context = await options.loadContext(datasetSlug);
  let declare: ReturnType<typeof vocabularyToDeclare>;
  try {
    if (options.actorsFile) checkDeclaredActors(declared, options.actorsFile.fileName, context, problems);
    const declaredByCode = new Map(declared.map(({ actor }) => [actor.code, actor]));
    declare = vocabularyToDeclare(used, context);
    rows.amend(defaultsFiller(context, options.defaultSource ?? null));
    checkReferences(rows, keys, context, declaredByCode, options.mode, datasetSlug, problems, rows.parents);
    warnAboutRows(rows, context.values, notes.warnings, rows.seriesMarks);
  } finally {
    context.close();
  }
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
async function readFigures(
  input: FiguresInput,
  options: ValidateOptions & { onRow: (row: ImportRow) => void },
  notes: ReadNotes,
  problems: ProblemList,
  rows: StagedRows,
): Promise<{ table: FigureTable<StagedRows> | null; total: number; rowProblems: ProblemList } | null> {
  const rowProblems = new ProblemList();
  const readOptions = { defaultSource: options.defaultSource !== undefined, onProgress: options.onProgress, onRow: options.onRow };
  let reader: FigureTableReader<StagedRows> | null = null;
  const onRecord = (record: CsvRecord, header: string[]) => {
    reader ??= new FigureTableReader(header, readOptions, rowProblems, rows);
    reader.add(record);
  };
  const limits = { ...options, warnings: notes.warnings };
  const file = input instanceof Uint8Array ? readTable(input, limits, problems, onRecord) : await readTableFromFile(input.path, limits, problems, onRecord);
  if (!file) return null;
  notes.delimiter = file.delimiter;
  return { table: (reader as FigureTableReader<StagedRows> | null)?.finish() ?? null, total: file.count, rowProblems };
}

/** The actors file's declarations ([] without one), or null when it cannot be used (the problems are added). */
function readDeclaredActors(options: ValidateOptions, problems: ProblemList): DeclaredActor[] | null {
  if (!options.actorsFile) return [];
  const { fileName, bytes } = options.actorsFile;
  const table = readTable(bytes, options, new FileProblems(problems, fileName));
  return table ? readActorsFile({ fileName, ...table }, problems) : null;
}
