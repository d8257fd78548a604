import type { PrismaClient } from "@/generated/prisma/client";
import { applyImport, planImport, type NewDatasetMeta } from "./apply";
import { loadImportContext } from "./context";
import type { ImportProblem } from "./problems";
import type { ImportReport, ImportStatus } from "./report";
import { sha256Hex } from "./sha256";
import { adoptImportRun, claimImportRun, createImportRun, finishFailed, finishRejected } from "./runs";
import { validateCsv, type ImportMode } from "./validate";

// One import from start to end, shared by the command line (scripts/import.ts) and the upload
// worker (scripts/import-worker.ts): record the run, wait for any other import to finish, check
// the whole file, then write it in one transaction (or, for a dry run, only count what would
// change). Every outcome is recorded in ImportRun; nothing but that record is written unless the
// whole file is valid.

export interface ImportLimits {
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
}

export interface RunImportResult {
  runId: number;
  status: Extract<ImportStatus, "applied" | "unchanged" | "checked" | "rejected" | "failed">;
  datasetSlug: string | null;
  rowsTotal: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  versionFrom: number | null;
  versionTo: number | null;
  datasetCreated: boolean;
  sourcesAdded: string[];
  errorCount: number;
  /** The first 1,000 problems of a rejected file. */
  problems: ImportProblem[];
  failure: string | null;
  seconds: number;
}

/** What a curator is told when the write fails; the cause itself goes to the log. */
export const WRITE_FAILED_MESSAGE =
  "The import could not be written and was rolled back: nothing of it was stored. The database may have been busy; try again.";

export async function runImport(prisma: PrismaClient, options: RunImportOptions): Promise<RunImportResult> {
  const startedAt = new Date();
  const seconds = () => (Date.now() - startedAt.getTime()) / 1000;
  const result: RunImportResult = {
    runId: options.runId ?? 0,
    status: "failed",
    datasetSlug: options.dataset ?? null,
    rowsTotal: 0,
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    versionFrom: null,
    versionTo: null,
    datasetCreated: false,
    sourcesAdded: [],
    errorCount: 0,
    problems: [],
    failure: null,
    seconds: 0,
  };

  if (options.runId === undefined) {
    result.runId = await createImportRun(
      prisma,
      {
        actor: options.actor,
        fileName: options.fileName,
        sha256: sha256Hex(options.bytes),
        datasetSlug: options.dataset ?? null,
        mode: options.mode,
        dryRun: options.dryRun,
      },
      process.pid,
    );
  } else await adoptImportRun(prisma, options.runId);
  const runId = result.runId;

  options.onProgress?.("waiting", 0, 0);
  if (!(await claimImportRun(prisma, runId, { onWaiting: options.onWaiting }))) {
    result.failure = "This import is no longer waiting to run (it was cancelled or given up).";
    return { ...result, seconds: seconds() };
  }

  try {
    return await validateAndWrite(prisma, options, result, startedAt);
  } catch (error) {
    // Reading failed (not the write, which reports itself): record it rather than leave the run
    // "running" until someone notices that its process is gone.
    console.error(`[import ${runId}] failed:`, error);
    await finishFailed(prisma, runId, WRITE_FAILED_MESSAGE).catch(() => {});
    return { ...result, status: "failed", failure: WRITE_FAILED_MESSAGE, seconds: (Date.now() - startedAt.getTime()) / 1000 };
  }
}

async function validateAndWrite(
  prisma: PrismaClient,
  options: RunImportOptions,
  result: RunImportResult,
  startedAt: Date,
): Promise<RunImportResult> {
  const runId = result.runId;
  const seconds = () => (Date.now() - startedAt.getTime()) / 1000;
  const validation = await validateCsv(options.bytes, {
    dataset: options.dataset,
    mode: options.mode,
    maxBytes: options.limits.maxBytes,
    maxRows: options.limits.maxRows,
    loadContext: (slug) => loadImportContext(prisma, slug),
    onProgress: (done, total) => options.onProgress?.("validating", done, total),
  });
  result.rowsTotal = validation.rowsTotal;
  result.datasetSlug = validation.datasetSlug;

  if (!validation.ok) {
    await finishRejected(prisma, runId, {
      datasetSlug: validation.datasetSlug,
      rowsTotal: validation.rowsTotal,
      total: validation.problems.total,
      problems: validation.problems.listed,
    });
    return {
      ...result,
      status: "rejected",
      errorCount: validation.problems.total,
      problems: validation.problems.listed,
      seconds: seconds(),
    };
  }

  if (options.dryRun) {
    const plan = await planImport(prisma, { datasetSlug: validation.datasetSlug, rows: validation.rows, mode: options.mode });
    const report: ImportReport = {
      kind: "summary",
      rowsRead: validation.rowsTotal,
      added: plan.added,
      changed: plan.changed,
      unchanged: plan.unchanged,
      removed: plan.removed,
      datasetCreated: !plan.datasetExists,
      sourcesAdded: [],
      seconds: seconds(),
    };
    const dataset = await prisma.dataset.findUnique({ where: { slug: validation.datasetSlug }, select: { id: true } });
    await prisma.importRun.update({
      where: { id: runId },
      data: {
        status: "checked",
        datasetSlug: validation.datasetSlug,
        datasetId: dataset?.id ?? null,
        rowsTotal: validation.rowsTotal,
        rowsAdded: plan.added,
        rowsChanged: plan.changed,
        rowsUnchanged: plan.unchanged,
        rowsRemoved: plan.removed,
        report: JSON.stringify(report),
        finishedAt: new Date(),
      },
    });
    const { added, changed, unchanged, removed } = plan;
    return { ...result, status: "checked", added, changed, unchanged, removed, datasetCreated: !plan.datasetExists, seconds: seconds() };
  }

  options.onProgress?.("writing", 0, validation.rows.length);
  try {
    const outcome = await applyImport(prisma, {
      runId,
      actor: options.actor,
      fileName: options.fileName,
      datasetSlug: validation.datasetSlug,
      mode: options.mode,
      rows: validation.rows,
      rowsTotal: validation.rowsTotal,
      startedAt,
      newDataset: options.newDataset,
      onProgress: (done, total) => options.onProgress?.("writing", done, total),
    });
    return {
      ...result,
      status: outcome.status,
      added: outcome.added,
      changed: outcome.changed,
      unchanged: outcome.unchanged,
      removed: outcome.removed,
      versionFrom: outcome.versionFrom,
      versionTo: outcome.versionTo,
      datasetCreated: outcome.datasetCreated,
      sourcesAdded: outcome.sourcesAdded,
      seconds: seconds(),
    };
  } catch (error) {
    console.error(`[import ${runId}] write failed:`, error);
    await finishFailed(prisma, runId, WRITE_FAILED_MESSAGE);
    return { ...result, status: "failed", failure: WRITE_FAILED_MESSAGE, seconds: seconds() };
  }
}
