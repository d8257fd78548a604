import type { PrismaClient } from "@/generated/prisma/client";
import type { ActorEntry } from "@/lib/schemas/dataset-file";
import { recordAudits } from "@/lib/data/audit/record";
import { bumpDatasetVersion } from "@/lib/data/datasets/bump-version";
import type { Tx } from "@/lib/db/tx";
import { figureAudits, type AuditNames } from "./figure-audits";
import type { ImportMode } from "./mode";
import { declaresNothing, type VocabularyToDeclare } from "./declare-vocabulary";
import { createImportedActors, createImportedDataset, createImportedSources, declareVocabulary, type NewDatasetMeta } from "./new-records";
import { planIsEmpty, type FigurePlan, type WantedFigure } from "./plan";
import type { ImportChanges, StoredNotes } from "./report";
import type { ImportRow } from "./row-schema";
import { finishSummarised } from "./runs";
import { planAgainst, readImportTarget, type ImportTarget, type TargetPlan } from "./target";
import { writeFigures } from "./write-figures";

// Writes a validated import in ONE transaction: the dataset (created if new), the actors it declares
// or names by ISO code that the database lacks, any sources the file declares, the figures added,
// changed and (replace mode) removed, one audit entry per changed figure with its old and new
// values, the new dataset version with its changelog entry, and the import's own record. Either
// all of it is committed or none of it (a failed COMMIT is rolled back:
// lib/db/sqlite-safe-adapter.ts). When nothing differs, nothing is written but the import's status.

export interface ApplyInput {
  runId: number;
  actor: string;
  fileName: string;
  datasetSlug: string;
  mode: ImportMode;
  rows: ImportRow[];
  /** The actors the import declares (its actors file). */
  actors: ActorEntry[];
  /** What the dataset's metadata must declare for these rows (declare-vocabulary.ts). */
  declare?: VocabularyToDeclare;
  /** Data rows in the file (all of them valid, or the import would have been rejected). */
  rowsTotal: number;
  startedAt: Date;
  newDataset?: NewDatasetMeta;
  onProgress?: (done: number, total: number) => void;
  /** Called just before the run is recorded as finished (see RunImportOptions.beforeFinish). */
  beforeFinish?: () => void;
  /** The file's warnings and delimiter, recorded with the run. */
  notes?: StoredNotes;
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
  const planned = planAgainst(target, input.rows, input.mode, input.actors);
  const { datasetId, outcome } =
    target.dataset && planIsEmpty(planned.plan) && planned.newActors.length === 0 && (!input.declare || declaresNothing(input.declare))
      ? unchanged(target.dataset.id, planned.plan)
      : await writeImport(tx, input, target, planned);
  input.beforeFinish?.();
  const run = { status: outcome.status, datasetId, datasetSlug: input.datasetSlug, rowsTotal: input.rowsTotal, startedAt: input.startedAt };
  await finishSummarised(tx, input.runId, run, outcome, input.notes);
  return outcome;
}

function unchanged(datasetId: number, plan: FigurePlan): Written {
  const none = { added: 0, changed: 0, removed: 0, sourcesAdded: [], actorsAdded: [], datasetCreated: false, versionFrom: null, versionTo: null };
  return { datasetId, outcome: { status: "unchanged", ...none, unchanged: plan.unchanged } };
}

async function writeImport(tx: Tx, input: ApplyInput, target: ImportTarget, planned: TargetPlan): Promise<Written> {
  const { plan, lookups, newSources, placeholders, newActors, actorPlaceholders } = planned;
  const today = new Date().toISOString().slice(0, 10);
  const by = { actor: input.actor, importId: input.runId };
  const created = target.dataset === null ? await createImportedDataset(tx, input.datasetSlug, input.newDataset, today, by, input.declare) : null;
  const dataset = created?.dataset ?? target.dataset!;
  const declared = created || !input.declare ? null : await declareVocabulary(tx, dataset, input.declare, by);
  const actors = await createImportedActors(tx, dataset.id, newActors, by);
  const sources = await createImportedSources(tx, dataset.id, newSources, by);
  for (const [key, id] of sources.ids) lookups.sourceIds.set(key, id);
  const realIds = (created: Map<string, number>, planned: Map<string, number>) => new Map([...planned].map(([key, placeholder]) => [placeholder, created.get(key)!]));
  resolvePlaceholders(plan, dataset.id, realIds(sources.ids, placeholders), realIds(actors.ids, actorPlaceholders));

  const total = plan.adds.length + plan.updates.length + plan.removals.length;
  let done = 0;
  const ids = await writeFigures(tx, plan, dataset.id, (rows) => {
    done += rows;
    input.onProgress?.(done, total);
  });

  const names: AuditNames = {
    actor: new Map([...target.actors.map((actor) => [actor.id, actor.code] as const), ...[...actors.ids].map(([code, id]) => [id, code] as const)]),
    source: new Map([...lookups.sourceIds].map(([key, id]) => [id, key])),
    figure: new Map([...target.stored.map((figure) => [figure.id, figure.key] as const), ...[...ids].map(([key, id]) => [id, key] as const)]),
  };
  await recordAudits(tx, [...(created ? [created.audit] : []), ...(declared ? [declared] : []), ...actors.audits, ...sources.audits]);
  await recordAudits(tx, figureAudits(plan, ids, names, { ...by, datasetId: dataset.id }));

  const version = await bumpDatasetVersion(tx, dataset.id, changelogSummary(input, plan, created !== null), today);
  const outcome: ApplyOutcome = {
    status: "applied",
    datasetCreated: created !== null,
    sourcesAdded: [...newSources.keys()],
    actorsAdded: newActors.map((actor) => actor.code),
    added: plan.adds.length,
    changed: plan.updates.length,
    unchanged: plan.unchanged,
    removed: plan.removals.length,
    versionFrom: created ? null : version.from,
    versionTo: version.to,
  };
  return { datasetId: dataset.id, outcome };
}

/** The plan was made with placeholder ids for the new sources, actors and dataset: puts the real ones in. */
function resolvePlaceholders(plan: FigurePlan, datasetId: number, sourceIdOf: Map<number, number>, actorIdOf: Map<number, number>): void {
  const actor = (id: number | null | undefined) => (id !== undefined && id !== null && id < 0 ? actorIdOf.get(id)! : id);
  const fix = (data: Partial<WantedFigure>) => {
    if (data.fromActorId !== undefined) data.fromActorId = actor(data.fromActorId);
    if (data.toActorId !== undefined) data.toActorId = actor(data.toActorId);
    if (data.datasetId !== undefined) data.datasetId = datasetId;
    if (data.sourceId !== undefined && data.sourceId < 0) data.sourceId = sourceIdOf.get(data.sourceId)!;
    if (data.citedSourceId !== undefined && data.citedSourceId !== null && data.citedSourceId < 0) data.citedSourceId = sourceIdOf.get(data.citedSourceId)!;
  };
  const addData = plan.addData;
  plan.addData = (add) => {
    const data = addData(add);
    fix(data);
    return data;
  };
  for (const update of plan.updates) fix(update.data);
}

function changelogSummary(input: ApplyInput, plan: FigurePlan, created: boolean): string {
  const counts = `${plan.adds.length} added, ${plan.updates.length} changed, ${plan.removals.length} removed`;
  const what = created ? "Created by the import of" : input.mode === "replace" ? "Replaced from" : "Import of";
  return `${what} ${input.fileName} by ${input.actor}: ${counts}.`.slice(0, 1000);
}
