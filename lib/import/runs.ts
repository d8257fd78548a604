import { readFileSync } from "node:fs";
import os from "node:os";
import type { PrismaClient } from "@/generated/prisma/client";
import { dialectOf } from "@/lib/db/dialect";
import type { Tx } from "@/lib/db/tx";
import type { ImportProblem } from "./problems";
import { parseImportReport, type ImportChanges, type ImportReport, type ImportStatus, type StoredNotes } from "./report";
import type { ImportMode } from "./mode";

// The life of an ImportRun row: created "queued", claimed ("running") by one process at a time,
// and finished as applied / unchanged (inside the write transaction, lib/import/apply.ts), checked
// (dry run), rejected or failed. Imports run one after another: a second one waits for the first,
// so two large transactions never compete for SQLite's single write lock.

const json = (report: ImportReport) => JSON.stringify(report);
const pending = (pid: number | null) => json({ kind: "pending", pid, host: pid === null ? null : os.hostname() });

// A queued run whose worker never announced itself is given up after this long.
const QUEUED_WITHOUT_WORKER_MS = 2 * 60 * 1000;
const CLAIM_POLL_MS = 250;
// The PostgreSQL advisory lock key that serialises claims ("aidf" in ASCII).
const CLAIM_LOCK_SQL = `SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${0x61696466}::bigint)) AS l`;

export interface NewRun {
  actor: string;
  fileName: string;
  sha256: string;
  datasetSlug: string | null;
  mode: ImportMode;
  dryRun: boolean;
}

export async function createImportRun(prisma: PrismaClient, run: NewRun, pid: number | null): Promise<number> {
  const dataset = run.datasetSlug ? await prisma.dataset.findUnique({ where: { slug: run.datasetSlug }, select: { id: true } }) : null;
  const row = await prisma.importRun.create({
    data: {
      actor: run.actor,
      fileName: run.fileName,
      sha256: run.sha256,
      datasetSlug: run.datasetSlug ?? "",
      datasetId: dataset?.id ?? null,
      mode: run.mode,
      dryRun: run.dryRun,
      status: "queued",
      startedAt: new Date(),
      report: pending(pid),
    },
  });
  return row.id;
}

/** Is this process still there? A zombie (exited, not yet reaped by its parent) counts as gone. */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The state follows the command name in parentheses: "1234 (node) S ...".
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return false;
  } catch {
    // No /proc (not Linux) or no such process: fall through to the signal test.
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export const INTERRUPTED_MESSAGE =
  "The import process stopped before it finished (it was killed or crashed). None of it was written: an import is one transaction. Run it again.";

/** Marks queued and running imports whose process has gone as failed. Safe to call any time. */
async function sweepStaleRuns(prisma: PrismaClient, now = new Date()): Promise<number> {
  const open = await prisma.importRun.findMany({ where: { status: { in: ["queued", "running"] } } });
  let swept = 0;
  for (const run of open) {
    const report = parseImportReport(run.report);
    const pid = report?.kind === "pending" ? report.pid : null;
    const sameHost = report?.kind === "pending" && (report.host === null || report.host === os.hostname());
    const gone =
      pid !== null ? sameHost && !isProcessAlive(pid) : now.getTime() - run.startedAt.getTime() > QUEUED_WITHOUT_WORKER_MS;
    if (!gone) continue;
    // Conditional on the status, so a run that finished meanwhile is left alone.
    const { count } = await prisma.importRun.updateMany({
      where: { id: run.id, status: run.status },
      data: { status: "failed", finishedAt: now, report: json({ kind: "failure", message: INTERRUPTED_MESSAGE }) },
    });
    swept += count;
  }
  return swept;
}

/**
 * Records the pid of the worker just started for a queued run, unless the worker has already
 * recorded itself. From here on, a dead worker is noticed at once instead of after the grace period.
 */
export async function recordWorkerPid(prisma: PrismaClient, runId: number, pid: number): Promise<void> {
  await prisma.importRun.updateMany({ where: { id: runId, status: "queued", report: pending(null) }, data: { report: pending(pid) } });
}

/** Records that this process owns a queued run (so that its death can be noticed while it waits). */
export async function adoptImportRun(prisma: PrismaClient, runId: number): Promise<void> {
  await prisma.importRun.updateMany({ where: { id: runId, status: "queued" }, data: { report: pending(process.pid) } });
}

/**
 * Waits until no other import is running, then marks this one running. One statement decides, so
 * two processes cannot both win. Returns false when the run is no longer queued (swept, or taken).
 */
export async function claimImportRun(
  prisma: PrismaClient,
  runId: number,
  { onWaiting }: { onWaiting?: (otherRunId: number) => void } = {},
): Promise<boolean> {
  let announced = false;
  for (let attempt = 0; ; attempt += 1) {
    if (attempt % 8 === 0) await sweepStaleRuns(prisma);
    const claim = () => prisma.$executeRaw`
      UPDATE "ImportRun" SET "status" = 'running', "report" = ${pending(process.pid)}
      WHERE "id" = ${runId} AND "status" = 'queued'
        AND NOT EXISTS (SELECT 1 FROM "ImportRun" WHERE "status" = 'running' AND "id" <> ${runId})`;
    // SQLite runs one write at a time, so the statement alone decides. PostgreSQL runs two claims at
    // once, each blind to the other's uncommitted row: a transaction-scoped advisory lock makes them
    // take turns (the second one's statement then sees the first run "running"), on every instance.
    const claimed =
      dialectOf(prisma) === "postgresql"
        ? (await prisma.$transaction([prisma.$queryRawUnsafe(CLAIM_LOCK_SQL), claim()]))[1]
        : await claim();
    if (claimed === 1) return true;
    const run = await prisma.importRun.findUnique({ where: { id: runId }, select: { status: true } });
    if (run?.status !== "queued") return false;
    if (!announced) {
      const other = await prisma.importRun.findFirst({ where: { status: "running" }, select: { id: true } });
      if (other) onWaiting?.(other.id);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
  }
}

export async function finishRejected(
  prisma: PrismaClient,
  runId: number,
  { datasetSlug, rowsTotal, total, problems }: { datasetSlug: string | null; rowsTotal: number; total: number; problems: ImportProblem[] },
  notes: StoredNotes = {},
): Promise<void> {
  const dataset = datasetSlug ? await prisma.dataset.findUnique({ where: { slug: datasetSlug }, select: { id: true } }) : null;
  await prisma.importRun.update({
    where: { id: runId },
    data: {
      status: "rejected",
      ...(datasetSlug ? { datasetSlug } : {}),
      datasetId: dataset?.id ?? null,
      rowsTotal,
      errorCount: total,
      report: json({ kind: "problems", total, problems, ...notes }),
      finishedAt: new Date(),
    },
  });
}

export async function finishFailed(prisma: PrismaClient, runId: number, message: string): Promise<void> {
  await prisma.importRun.update({
    where: { id: runId },
    data: { status: "failed", report: json({ kind: "failure", message }), finishedAt: new Date() },
  });
}

/**
 * Records a run that ends with a summary: applied or unchanged (written inside the import's own
 * transaction, so the record and the data commit together), or checked (a dry run).
 */
export async function finishSummarised(
  db: Tx,
  runId: number,
  run: { status: Extract<ImportStatus, "applied" | "unchanged" | "checked">; datasetId: number | null; datasetSlug: string; rowsTotal: number; startedAt: Date },
  changes: ImportChanges,
  notes: StoredNotes = {},
): Promise<void> {
  const { added, changed, unchanged, removed, datasetCreated, sourcesAdded, actorsAdded, versionFrom, versionTo, resources } = changes;
  const seconds = (Date.now() - run.startedAt.getTime()) / 1000;
  await db.importRun.update({
    where: { id: runId },
    data: {
      status: run.status,
      datasetId: run.datasetId,
      datasetSlug: run.datasetSlug,
      rowsTotal: run.rowsTotal,
      rowsAdded: added,
      rowsChanged: changed,
      rowsUnchanged: unchanged,
      rowsRemoved: removed,
      versionFrom,
      versionTo,
      report: json({ kind: "summary", rowsRead: run.rowsTotal, added, changed, unchanged, removed, datasetCreated, sourcesAdded, actorsAdded, seconds, ...(resources ? { resources } : {}), ...notes }),
      finishedAt: new Date(),
    },
  });
}
