import type { PrismaClient } from "@/generated/prisma/client";
import { recordAudits } from "@/lib/data/audit/record";
import { bumpDatasetVersion } from "@/lib/data/datasets/bump-version";
import type { Tx } from "@/lib/db/tx";
import { figureAudits, type AuditNames } from "./figure-audits";
import type { ImportMode } from "./mode";
import { createImportedDataset, createImportedSources, type NewDatasetMeta } from "./new-records";
import { planIsEmpty, type FigurePlan, type WantedFigure } from "./plan";
import type { ImportChanges } from "./report";
import type { ImportRow } from "./row-schema";
import { finishSummarised } from "./runs";
import { planAgainst, readImportTarget, type ImportTarget, type TargetPlan } from "./target";
import { writeFigures } from "./write-figures";

// Writes a validated import in ONE transaction: the dataset (created if new), any sources the file
// declares, the figures added, changed and (replace mode) removed, one audit entry per changed
// figure with its old and new values, the new dataset version with its changelog entry, and the
// import's own record. Either all of it is committed or none of it (a failed COMMIT is rolled back:
// lib/db/sqlite-safe-adapter.ts). When nothing differs, nothing is written but the import's status.

export interface ApplyInput {
  runId: number;
  actor: string;
  fileName: string;
  datasetSlug: string;
  mode: ImportMode;
  rows: ImportRow[];
  /** Data rows in the file (all of them valid, or the import would have been rejected). */
  rowsTotal: number;
  startedAt: Date;
  newDataset?: NewDatasetMeta;
  onProgress?: (done: number, total: number) => void;
  /** Called just before the run is recorded as finished (see RunImportOptions.beforeFinish). */
  beforeFinish?: () => void;
}

export interface ApplyOutcome extends ImportChanges {
  status: "applied" | "unchanged";
}

/** An outcome, and the dataset it happened to. */
interface Written {
  datasetId: number;
  outcome: ApplyOutcome;
}

// One import may hold a million rows; it must not be cut off by Prisma's 5-second default.
const TRANSACTION_TIMEOUT_MS = 60 * 60 * 1000;
const TRANSACTION_MAX_WAIT_MS = 60_000;

export async function applyImport(prisma: PrismaClient, input: ApplyInput): Promise<ApplyOutcome> {
  return prisma.$transaction((tx) => applyInTransaction(tx, input), {
    timeout: TRANSACTION_TIMEOUT_MS,
    maxWait: TRANSACTION_MAX_WAIT_MS,
  });
}

async function applyInTransaction(tx: Tx, input: ApplyInput): Promise<ApplyOutcome> {
  // A write first, so the transaction holds SQLite's write lock from here on: what it reads below
  // cannot change before it writes (a deferred transaction that read first could fail to upgrade).
  await tx.importRun.update({ where: { id: input.runId }, data: { status: "running" } });
  const target = await readImportTarget(tx, input.datasetSlug);
  const planned = planAgainst(target, input.rows, input.mode);
  const { datasetId, outcome } =
    target.dataset && planIsEmpty(planned.plan)
      ? unchanged(target.dataset.id, planned.plan)
      : await writeImport(tx, input, target, planned);
  input.beforeFinish?.();
  const run = { status: outcome.status, datasetId, datasetSlug: input.datasetSlug, rowsTotal: input.rowsTotal, startedAt: input.startedAt };
  await finishSummarised(tx, input.runId, run, outcome);
  return outcome;
}

function unchanged(datasetId: number, plan: FigurePlan): Written {
  const none = { added: 0, changed: 0, removed: 0, sourcesAdded: [], datasetCreated: false, versionFrom: null, versionTo: null };
  return { datasetId, outcome: { status: "unchanged", ...none, unchanged: plan.unchanged } };
}

async function writeImport(tx: Tx, input: ApplyInput, target: ImportTarget, { plan, lookups, newSources, placeholders }: TargetPlan): Promise<Written> {
  const today = new Date().toISOString().slice(0, 10);
  const by = { actor: input.actor, importId: input.runId };
  const created = target.dataset === null ? await createImportedDataset(tx, input.datasetSlug, input.newDataset, today, by) : null;
  const dataset = created?.dataset ?? target.dataset!;
  const sources = await createImportedSources(tx, dataset.id, newSources, by);
  for (const [key, id] of sources.ids) lookups.sourceIds.set(key, id);
  resolvePlaceholders(plan, dataset.id, new Map([...placeholders].map(([key, placeholder]) => [placeholder, sources.ids.get(key)!])));

  const total = plan.adds.length + plan.updates.length + plan.removals.length;
  let done = 0;
  const ids = await writeFigures(tx, plan, dataset.id, (rows) => {
    done += rows;
    input.onProgress?.(done, total);
  });

  const names: AuditNames = {
    actor: new Map(target.actors.map((actor) => [actor.id, actor.code])),
    source: new Map([...lookups.sourceIds].map(([key, id]) => [id, key])),
    figure: new Map([...target.stored.map((figure) => [figure.id, figure.key] as const), ...[...ids].map(([key, id]) => [id, key] as const)]),
  };
  await recordAudits(tx, [...(created ? [created.audit] : []), ...sources.audits]);
  await recordAudits(tx, figureAudits(plan, ids, names, { ...by, datasetId: dataset.id }));

  const version = await bumpDatasetVersion(tx, dataset.id, changelogSummary(input, plan, created !== null), today);
  const outcome: ApplyOutcome = {
    status: "applied",
    datasetCreated: created !== null,
    sourcesAdded: [...newSources.keys()],
    added: plan.adds.length,
    changed: plan.updates.length,
    unchanged: plan.unchanged,
    removed: plan.removals.length,
    versionFrom: created ? null : version.from,
    versionTo: version.to,
  };
  return { datasetId: dataset.id, outcome };
}

/** The plan was made with placeholder ids for the new sources and the new dataset: puts the real ones in. */
function resolvePlaceholders(plan: FigurePlan, datasetId: number, sourceIdOf: Map<number, number>): void {
  const fix = (data: Partial<WantedFigure>) => {
    if (data.datasetId !== undefined) data.datasetId = datasetId;
    if (data.sourceId !== undefined && data.sourceId < 0) data.sourceId = sourceIdOf.get(data.sourceId)!;
    if (data.citedSourceId !== undefined && data.citedSourceId !== null && data.citedSourceId < 0) data.citedSourceId = sourceIdOf.get(data.citedSourceId)!;
  };
  for (const add of plan.adds) fix(add.data);
  for (const update of plan.updates) fix(update.data);
}

function changelogSummary(input: ApplyInput, plan: FigurePlan, created: boolean): string {
  const counts = `${plan.adds.length} added, ${plan.updates.length} changed, ${plan.removals.length} removed`;
  const what = created ? "Created by the import of" : input.mode === "replace" ? "Replaced from" : "Import of";
  return `${what} ${input.fileName} by ${input.actor}: ${counts}.`.slice(0, 1000);
}
