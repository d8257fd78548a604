import type { PrismaClient } from "@/generated/prisma/client";
import type { ActorEntry } from "@/lib/schemas/dataset-file";
import { recordAudits } from "@/lib/data/audit/record";
import { bumpDatasetVersion } from "@/lib/data/datasets/bump-version";
import type { Tx } from "@/lib/db/tx";
import type { AuditNames } from "./figure-audits";
import type { ImportMode } from "./mode";
import { declaresNothing, type VocabularyToDeclare } from "./declare-vocabulary";
import { createImportedActors, createImportedDataset, createImportedSources, declareVocabulary, type NewDatasetMeta } from "./new-records";
import type { ImportChanges, StoredNotes } from "./report";
import { finishSummarised } from "./runs";
import type { FigureRows } from "./staging/figure-rows";
import { writeStagedFigures } from "./staging/write-staged";
import { changesNothing, planAgainst, readImportTarget, type ImportTarget, type PlanCounts, type TargetPlan } from "./target";

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
  /** The file's valid rows, staged on disk (staging/). */
  rows: FigureRows;
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
  let written: Written;
  try {
    const planned = planAgainst(target, input.rows, input.mode, input.actors);
    written =
      target.dataset && changesNothing(planned.counts) && planned.newActors.length === 0 && (!input.declare || declaresNothing(input.declare))
        ? unchanged(target.dataset.id, planned.counts)
        : await writeImport(tx, input, target, planned);
  } finally {
    target.stored.close();
  }
  const { datasetId, outcome } = written;
  input.beforeFinish?.();
  const run = { status: outcome.status, datasetId, datasetSlug: input.datasetSlug, rowsTotal: input.rowsTotal, startedAt: input.startedAt };
  await finishSummarised(tx, input.runId, run, outcome, input.notes);
  return outcome;
}

function unchanged(datasetId: number, counts: PlanCounts): Written {
  const none = { added: 0, changed: 0, removed: 0, sourcesAdded: [], actorsAdded: [], datasetCreated: false, versionFrom: null, versionTo: null };
  return { datasetId, outcome: { status: "unchanged", ...none, unchanged: counts.unchanged } };
}

async function writeImport(tx: Tx, input: ApplyInput, target: ImportTarget, planned: TargetPlan): Promise<Written> {
  const { counts, lookups, newSources, newActors } = planned;
  const today = new Date().toISOString().slice(0, 10);
  const by = { actor: input.actor, importId: input.runId };
  const created = target.dataset === null ? await createImportedDataset(tx, input.datasetSlug, input.newDataset, today, by, input.declare) : null;
  const dataset = created?.dataset ?? target.dataset!;
  const declared = created || !input.declare ? null : await declareVocabulary(tx, dataset, input.declare, by);
  const actors = await createImportedActors(tx, dataset.id, newActors, by);
  const sources = await createImportedSources(tx, dataset.id, newSources, by);
  // The plan was counted with placeholder ids for what did not exist yet; the write uses the real ones.
  for (const [key, id] of sources.ids) lookups.sourceIds.set(key, id);
  for (const [code, id] of actors.ids) lookups.actorIds.set(code, id);

  const names: AuditNames = {
    actor: new Map([...lookups.actorIds].map(([code, id]) => [id, code])),
    source: new Map([...lookups.sourceIds].map(([key, id]) => [id, key])),
    figure: { get: (id) => target.stored.keyOfId(id) },
  };
  await recordAudits(tx, [...(created ? [created.audit] : []), ...(declared ? [declared] : []), ...actors.audits, ...sources.audits]);
  await writeStagedFigures(tx, {
    rows: input.rows,
    stored: target.stored,
    lookups,
    datasetId: dataset.id,
    counts,
    names,
    audit: { ...by, datasetId: dataset.id },
    onProgress: input.onProgress,
  });

  const version = await bumpDatasetVersion(tx, dataset.id, changelogSummary(input, counts, created !== null), today);
  const outcome: ApplyOutcome = {
    status: "applied",
    datasetCreated: created !== null,
    sourcesAdded: [...newSources.keys()],
    actorsAdded: newActors.map((actor) => actor.code),
    ...counts,
    versionFrom: created ? null : version.from,
    versionTo: version.to,
  };
  return { datasetId: dataset.id, outcome };
}

function changelogSummary(input: ApplyInput, counts: PlanCounts, created: boolean): string {
  const summary = `${counts.added} added, ${counts.changed} changed, ${counts.removed} removed`;
  const what = created ? "Created by the import of" : input.mode === "replace" ? "Replaced from" : "Import of";
  return `${what} ${input.fileName} by ${input.actor}: ${summary}.`.slice(0, 1000);
}
