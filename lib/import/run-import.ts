import type { PrismaClient } from "@/generated/prisma/client";
import { applyImport } from "./apply";
import { loadImportContext } from "./context";
import { dryRunImport } from "./dry-run";
import type { ImportMode } from "./mode";
import type { NewDatasetMeta } from "./new-records";
import type { ImportProblem } from "./problems";
import type { ImportChanges, ImportStatus } from "./report";
import { sha256Hex } from "./sha256";
import { adoptImportRun, claimImportRun, createImportRun, finishFailed, finishRejected } from "./runs";
import { validateCsv, type ValidationResult } from "./validate";

// One import from start to end, shared by the command line (scripts/import.ts) and the upload
// worker (scripts/import-worker.ts): record the run, wait for any other import to finish, check
// the whole file, then write it in one transaction (or, for a dry run, only count what would
// change). Every outcome is recorded in ImportRun; nothing but that record is written unless the
// whole file is valid.

interface ImportLimits {
  maxBytes: number;
  maxRows: number;
}

export type ImportPhase = "waiting" | "validating" | "writing";

export interface RunImportOptions {
  bytes: Uint8Array;
  fileName: string;
  actor: string;
  /** The dataset to import into; when absent, the file's dataset column decides. */
  dataset?: string;
  mode: ImportMode;
  dryRun: boolean;
  limits: ImportLimits;
  /** An existing queued run (an upload); otherwise one is created. */
  runId?: number;
  newDataset?: NewDatasetMeta;
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
  failure: string | null;
  seconds: number;
}

/** What a curator is told when the write fails; the cause itself goes to the log. */
const WRITE_FAILED_MESSAGE =
  "The import could not be written and was rolled back: nothing of it was stored. The database may have been busy; try again.";

const NOTHING_CHANGED: ImportChanges = { added: 0, changed: 0, unchanged: 0, removed: 0, versionFrom: null, versionTo: null, datasetCreated: false, sourcesAdded: [] };

export async function runImport(prisma: PrismaClient, options: RunImportOptions): Promise<RunImportResult> {
  const startedAt = new Date();
  const seconds = () => (Date.now() - startedAt.getTime()) / 1000;
  const runId = options.runId ?? (await createImportRun(prisma, newRunOf(options), process.pid));
  if (options.runId !== undefined) await adoptImportRun(prisma, runId);
  const result: RunImportResult = {
    ...NOTHING_CHANGED,
    runId,
    status: "failed",
    datasetSlug: options.dataset ?? null,
    rowsTotal: 0,
    errorCount: 0,
    problems: [],
    failure: null,
    seconds: 0,
  };

  options.onProgress?.("waiting", 0, 0);
  if (!(await claimImportRun(prisma, runId, { onWaiting: options.onWaiting }))) {
    return { ...result, failure: "This import is no longer waiting to run (it was cancelled or given up).", seconds: seconds() };
  }

  try {
    const validation = await validate(prisma, options);
    result.rowsTotal = validation.rowsTotal;
    result.datasetSlug = validation.datasetSlug;
    return { ...result, ...(await finishValidated(prisma, options, validation, runId, startedAt)), seconds: seconds() };
  } catch (error) {
    // Reading failed (not the write, which reports itself): record it rather than leave the run
    // "running" until someone notices that its process is gone.
    console.error(`[import ${runId}] failed:`, error);
    options.beforeFinish?.();
    await finishFailed(prisma, runId, WRITE_FAILED_MESSAGE).catch(() => {});
    return { ...result, status: "failed", failure: WRITE_FAILED_MESSAGE, seconds: seconds() };
  }
}

function newRunOf(options: RunImportOptions) {
  const { actor, fileName, mode, dryRun } = options;
  return { actor, fileName, sha256: sha256Hex(options.bytes), datasetSlug: options.dataset ?? null, mode, dryRun };
}

function validate(prisma: PrismaClient, options: RunImportOptions): Promise<ValidationResult> {
  return validateCsv(options.bytes, {
    dataset: options.dataset,
    mode: options.mode,
    maxBytes: options.limits.maxBytes,
    maxRows: options.limits.maxRows,
    loadContext: (slug) => loadImportContext(prisma, slug),
    onProgress: (done, total) => options.onProgress?.("validating", done, total),
  });
}

type Finished = Partial<RunImportResult> & Pick<RunImportResult, "status">;

/** Records a rejected file, or checks (dry run) or writes a valid one. */
async function finishValidated(prisma: PrismaClient, options: RunImportOptions, validation: ValidationResult, runId: number, startedAt: Date): Promise<Finished> {
  if (!validation.ok) {
    const { total, listed } = validation.problems;
    options.beforeFinish?.();
    await finishRejected(prisma, runId, { datasetSlug: validation.datasetSlug, rowsTotal: validation.rowsTotal, total, problems: listed });
    return { status: "rejected", errorCount: total, problems: listed };
  }
  const { datasetSlug, rows, rowsTotal } = validation;
  const run = { runId, datasetSlug, mode: options.mode, rows, rowsTotal, startedAt, beforeFinish: options.beforeFinish };
  if (options.dryRun) return { status: "checked", ...(await dryRunImport(prisma, run)) };

  options.onProgress?.("writing", 0, validation.rows.length);
  try {
    return await applyImport(prisma, {
      ...run,
      actor: options.actor,
      fileName: options.fileName,
      newDataset: options.newDataset,
      onProgress: (done, total) => options.onProgress?.("writing", done, total),
    });
  } catch (error) {
    console.error(`[import ${runId}] write failed:`, error);
    options.beforeFinish?.();
    await finishFailed(prisma, runId, WRITE_FAILED_MESSAGE);
    return { status: "failed", failure: WRITE_FAILED_MESSAGE };
  }
}
