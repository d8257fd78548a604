import "server-only";
import os from "node:os";
import type { ImportRun } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { IMPORT_MODES } from "@/lib/import/mode";
import { progressFilePath, readProgressFile } from "@/lib/import/progress-file";
import { FINISHED_STATUSES, IMPORT_STATUSES, parseImportReport, type ImportReport, type ImportStatus } from "@/lib/import/report";
import { INTERRUPTED_MESSAGE, isProcessAlive } from "@/lib/import/runs";
import { uploadLimits } from "@/lib/import/uploads";
import type { ImportProgressDto, ImportRunDto } from "@/lib/schemas/api/import-response";

// Read functions for import runs: one run with its live progress (the upload page polls it), and
// the history. Reads only: a run whose worker has died is shown as failed here, and recorded as
// failed by the next import (lib/import/runs.ts sweepStaleRuns).

const importLinks = (base: string, id: number) => ({ self: `${base}/api/v1/imports/${id}`, html: `${base}/curate/imports/${id}` });

/** The status to show: a queued or running import whose process is gone has failed. */
function effectiveStatus(run: ImportRun, report: ImportReport | null): { status: ImportStatus; report: ImportReport | null } {
  const status = (IMPORT_STATUSES as readonly string[]).includes(run.status) ? (run.status as ImportStatus) : "failed";
  if ((status === "queued" || status === "running") && report?.kind === "pending" && report.pid !== null) {
    const sameHost = report.host === null || report.host === os.hostname();
    if (sameHost && !isProcessAlive(report.pid)) return { status: "failed", report: { kind: "failure", message: INTERRUPTED_MESSAGE } };
  }
  return { status, report };
}

function progressOf(runId: number): ImportProgressDto | null {
  const progress = readProgressFile(progressFilePath(uploadLimits().dir, runId));
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : null;
  return { phase: progress.phase, done: progress.done, total: progress.total, percent };
}

function toImportRunDto(run: ImportRun & { dataset: { slug: string; version: number } | null }, baseUrl: string): ImportRunDto {
  const { status, report } = effectiveStatus(run, parseImportReport(run.report));
  const finished = FINISHED_STATUSES.includes(status);
  return {
    id: run.id,
    status,
    finished,
    dataset: run.dataset ? { slug: run.dataset.slug, version: run.dataset.version } : run.datasetSlug ? { slug: run.datasetSlug, version: null } : null,
    actor: run.actor,
    fileName: run.fileName,
    sha256: run.sha256,
    mode: (IMPORT_MODES as readonly string[]).includes(run.mode) ? (run.mode as ImportRunDto["mode"]) : "merge",
    dryRun: run.dryRun,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    rows: { total: run.rowsTotal, added: run.rowsAdded, changed: run.rowsChanged, unchanged: run.rowsUnchanged, removed: run.rowsRemoved },
    errorCount: run.errorCount,
    versionFrom: run.versionFrom,
    versionTo: run.versionTo,
    progress: finished ? null : progressOf(run.id),
    // "pending" only says which process owns the run: nothing for a reader.
    report: report?.kind === "pending" ? null : report,
    links: importLinks(baseUrl, run.id),
  };
}

const withDataset = { dataset: { select: { slug: true, version: true } } } as const;

export async function getImportRun(id: number, { baseUrl }: { baseUrl: string }): Promise<ImportRunDto | null> {
  const run = await prisma.importRun.findUnique({ where: { id }, include: withDataset });
  return run ? toImportRunDto(run, baseUrl) : null;
}

/** The most recent imports, newest first, without their problem lists. */
export async function listImportRuns({ baseUrl, limit = 50 }: { baseUrl: string; limit?: number }): Promise<ImportRunDto[]> {
  const runs = await prisma.importRun.findMany({ orderBy: { id: "desc" }, take: limit, include: withDataset });
  return runs.map((run) => ({ ...toImportRunDto(run, baseUrl), report: null }));
}
