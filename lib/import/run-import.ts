import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import type { PrismaClient } from "@/generated/prisma/client";
import { applyImport } from "./apply";
import { loadCsvImportContext } from "./context";
import { dryRunImport } from "./dry-run";
import type { ImportMode } from "./mode";
import type { NewDatasetMeta } from "./new-records";
import { applyPackage } from "./package/apply-package";
import { loadPackageContext } from "./package/package-context";
import { looksLikeZip, unzipPackage, type PackageFiles } from "./package/package-files";
import { validatePackage } from "./package/validate-package";
import { ProblemList, type ImportProblem } from "./problems";
import type { ImportChanges, ImportStatus, ImportWarning, StoredNotes } from "./report";
import { sha256Hex, sha256OfFile } from "./sha256";
import { adoptImportRun, claimImportRun, createImportRun, finishFailed, finishRejected } from "./runs";
import { validateCsv, type ReadNotes } from "./validate";

// One import from start to end, shared by the command line (scripts/import.ts) and the upload
// worker (scripts/import-worker.ts): record the run, wait for any other import to finish, check
// the whole file, then write it in one transaction (or, for a dry run, only count what would
// change). Every outcome is recorded in ImportRun; nothing but that record is written unless the
// whole file is valid. The file is a CSV of figures, or a data package (a zip, or a
// datapackage.json beside its CSV files: lib/import/package/).

interface ImportLimits {
  maxBytes: number;
  maxRows: number;
}

export type ImportPhase = "waiting" | "validating" | "writing";

/** The file imported: its bytes, or its path (a CSV of figures is then read as a stream, never held whole). */
type ImportSource = { bytes: Uint8Array; filePath?: undefined } | { filePath: string; bytes?: undefined };

export type RunImportOptions = ImportSource & ImportSettings;

interface ImportSettings {
  fileName: string;
  actor: string;
  /** The dataset to import into; when absent, the file's dataset column (or the package's name) decides. */
  dataset?: string;
  mode: ImportMode;
  dryRun: boolean;
  limits: ImportLimits;
  /** An existing queued run (an upload); otherwise one is created. */
  runId?: number;
  newDataset?: NewDatasetMeta;
  /** The actors the import declares, as a CSV (lib/import/actors-file.ts). */
  actorsFile?: { fileName: string; bytes: Uint8Array };
  /** The full reference of the source named for every row that names none. */
  defaultSource?: string;
  /** Warnings refuse the file (a CSV of figures). */
  strict?: boolean;
  /** A data package read from a folder (package/read-directory.ts); `bytes` is then its descriptor. */
  packageFiles?: PackageFiles;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  onWaiting?: (otherRunId: number) => void;
  /**
   * Called when the import's work is done, just before its run is recorded as finished (possibly
   * more than once). Whoever sees the run finished may rely on what this cleans up being gone: the
   * worker removes its progress file here.
   */
  beforeFinish?: () => void;
}

export interface RunImportResult extends ImportChanges {
  runId: number;
  status: Extract<ImportStatus, "applied" | "unchanged" | "checked" | "rejected" | "failed">;
  datasetSlug: string | null;
  rowsTotal: number;
  errorCount: number;
  /** The first 1,000 problems of a rejected file. */
  problems: ImportProblem[];
  /** The first 1,000 warnings, and how many there were in all. */
  warnings: ImportWarning[];
  warningCount: number;
  /** The CSV's delimiter; null for a data package, or a file that could not be read. */
  delimiter: StoredNotes["delimiter"] | null;
  failure: string | null;
  seconds: number;
}

/** What a curator is told when the write fails; the cause itself goes to the log. */
const WRITE_FAILED_MESSAGE =
  "The import could not be written and was rolled back: nothing of it was stored. The database may have been busy; try again.";

const NOTHING_CHANGED: ImportChanges = { added: 0, changed: 0, unchanged: 0, removed: 0, versionFrom: null, versionTo: null, datasetCreated: false, sourcesAdded: [], actorsAdded: [] };

export async function runImport(prisma: PrismaClient, options: RunImportOptions): Promise<RunImportResult> {
  const startedAt = new Date();
  const seconds = () => (Date.now() - startedAt.getTime()) / 1000;
  const runId = options.runId ?? (await createImportRun(prisma, await newRunOf(options), process.pid));
  if (options.runId !== undefined) await adoptImportRun(prisma, runId);
  const result: RunImportResult = {
    ...NOTHING_CHANGED,
    runId,
    status: "failed",
    datasetSlug: options.dataset ?? null,
    rowsTotal: 0,
    errorCount: 0,
    problems: [],
    warnings: [],
    warningCount: 0,
    delimiter: null,
    failure: null,
    seconds: 0,
  };

  options.onProgress?.("waiting", 0, 0);
  if (!(await claimImportRun(prisma, runId, { onWaiting: options.onWaiting }))) {
    return { ...result, failure: "This import is no longer waiting to run (it was cancelled or given up).", seconds: seconds() };
  }

  try {
    const validated = isPackage(options) ? await validatePackageImport(prisma, { ...options, bytes: bytesOf(options) }) : await validateCsvImport(prisma, options);
    result.rowsTotal = validated.rowsTotal;
    result.datasetSlug = validated.datasetSlug;
    const { warnings, delimiter } = storedNotes(validated.notes);
    result.warnings = warnings?.listed ?? [];
    result.warningCount = warnings?.total ?? 0;
    result.delimiter = delimiter ?? null;
    return { ...result, ...(await finishValidated(prisma, options, validated, { runId, startedAt })), seconds: seconds() };
  } catch (error) {
    // Reading failed (not the write, which reports itself): record it rather than leave the run
    // "running" until someone notices that its process is gone.
    console.error(`[import ${runId}] failed:`, error);
    options.beforeFinish?.();
    await finishFailed(prisma, runId, WRITE_FAILED_MESSAGE).catch(() => {});
    return { ...result, status: "failed", failure: WRITE_FAILED_MESSAGE, seconds: seconds() };
  }
}

type Finished = Partial<RunImportResult> & Pick<RunImportResult, "status">;

/** A checked import: its problems, or how to write it. */
type Validated =
  | { ok: false; datasetSlug: string | null; rowsTotal: number; problems: ProblemList; notes?: ReadNotes }
  | { ok: true; datasetSlug: string; rowsTotal: number; notes?: ReadNotes; write: (run: { runId: number; startedAt: Date }) => Promise<Finished> };

/** The read notes as the run's report keeps them (none for a data package). */
function storedNotes(notes: ReadNotes | undefined): StoredNotes {
  if (!notes) return {};
  const { total, listed } = notes.warnings;
  return { warnings: { total, listed }, ...(notes.delimiter ? { delimiter: notes.delimiter } : {}) };
}

/** Records a rejected file, or checks (dry run) or writes a valid one. */
async function finishValidated(prisma: PrismaClient, options: RunImportOptions, validated: Validated, run: { runId: number; startedAt: Date }): Promise<Finished> {
  if (!validated.ok) {
    const { total, listed } = validated.problems;
    options.beforeFinish?.();
    const rejected = { datasetSlug: validated.datasetSlug, rowsTotal: validated.rowsTotal, total, problems: listed };
    await finishRejected(prisma, run.runId, rejected, storedNotes(validated.notes));
    return { status: "rejected", errorCount: total, problems: listed };
  }
  if (!options.dryRun) options.onProgress?.("writing", 0, validated.rowsTotal);
  try {
    return await validated.write(run);
  } catch (error) {
    console.error(`[import ${run.runId}] write failed:`, error);
    options.beforeFinish?.();
    await finishFailed(prisma, run.runId, WRITE_FAILED_MESSAGE);
    return { status: "failed", failure: WRITE_FAILED_MESSAGE };
  }
}

function isPackage(options: RunImportOptions): boolean {
  return options.packageFiles !== undefined || looksLikeZip(options.bytes ?? fileHead(options.filePath, 4));
}

/** The whole file (a data package is read in memory). */
const bytesOf = (options: RunImportOptions): Uint8Array => options.bytes ?? readFileSync(options.filePath);

function fileHead(file: string, length: number): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

async function newRunOf(options: RunImportOptions) {
  const { actor, fileName, mode, dryRun } = options;
  const sha256 = options.packageFiles?.sha256 ?? (options.bytes ? sha256Hex(options.bytes) : await sha256OfFile(options.filePath));
  return { actor, fileName, sha256, datasetSlug: options.dataset ?? null, mode, dryRun };
}

async function validateCsvImport(prisma: PrismaClient, options: RunImportOptions): Promise<Validated> {
  const validation = await validateCsv(options.bytes ?? { path: options.filePath }, {
    dataset: options.dataset,
    mode: options.mode,
    maxBytes: options.limits.maxBytes,
    maxRows: options.limits.maxRows,
    loadContext: (slug) => loadCsvImportContext(prisma, slug),
    actorsFile: options.actorsFile,
    defaultSource: options.defaultSource,
    strict: options.strict,
    onProgress: (done, total) => options.onProgress?.("validating", done, total),
  });
  if (!validation.ok) return validation;
  const { datasetSlug, rows, actors, rowsTotal, declare, notes } = validation;
  return {
    ok: true,
    datasetSlug,
    rowsTotal,
    notes,
    write: async ({ runId, startedAt }) => {
      const run = { runId, datasetSlug, mode: options.mode, rows, actors, rowsTotal, startedAt, beforeFinish: options.beforeFinish, notes: storedNotes(notes) };
      try {
        if (options.dryRun) return { status: "checked", ...(await dryRunImport(prisma, run)) };
        return await applyImport(prisma, {
          ...run,
          declare,
          actor: options.actor,
          fileName: options.fileName,
          newDataset: options.newDataset,
          onProgress: (done, total) => options.onProgress?.("writing", done, total),
        });
      } finally {
        rows.close();
      }
    },
  };
}

async function validatePackageImport(prisma: PrismaClient, options: ImportSettings & { bytes: Uint8Array }): Promise<Validated> {
  const problems = new ProblemList();
  const files = options.packageFiles ?? unzipPackage(options.bytes, options.fileName, options.limits.maxBytes, problems);
  if (!files) return { ok: false, datasetSlug: options.dataset ?? null, rowsTotal: 0, problems };
  const validation = await validatePackage(files, {
    dataset: options.dataset,
    mode: options.mode,
    maxBytes: options.limits.maxBytes,
    maxRows: options.limits.maxRows,
    loadContext: (slug) => loadPackageContext(prisma, slug),
    onProgress: (done, total) => options.onProgress?.("validating", done, total),
  });
  if (!validation.ok) return validation;
  const { datasetSlug, rowsTotal, data } = validation;
  return {
    ok: true,
    datasetSlug,
    rowsTotal,
    write: ({ runId, startedAt }) =>
      applyPackage(prisma, {
        runId,
        actor: options.actor,
        fileName: options.fileName,
        mode: options.mode,
        data,
        datasetSlug,
        rowsTotal,
        startedAt,
        dryRun: options.dryRun,
        beforeFinish: options.beforeFinish,
        onProgress: (done, total) => options.onProgress?.("writing", done, total),
      }),
  };
}
