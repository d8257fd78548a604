import type { Dataset } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import type { ActorEntry } from "@/lib/schemas/dataset-file";
import { resolveActor, type ActorDeclaration } from "@/lib/vocab/actors";
import { FigurePlanner, type Lookups } from "./plan";
import type { ImportMode } from "./mode";
import type { ImportRow } from "./row-schema";
import type { FigureRows } from "./staging/figure-rows";
import { ScratchStoredFigures, type StoredFigures } from "./staging/stored-figures";

// The dataset an import writes into, as it is now, and the import's plan against it. Read inside
// the write transaction (so nothing changes between reading and writing), and by a dry run outside
// any transaction (a PrismaClient serves as a Tx for reads).

export interface ImportTarget {
  dataset: Dataset | null;
  /** The dataset's figures; the caller closes them once the import is planned and written. */
  stored: StoredFigures;
  actors: { id: number; code: string }[];
  sources: { id: number; key: string }[];
}

// Stored figures read at a time into the scratch file: a part, never the whole dataset, in memory.
const STORED_BATCH = 5_000;

export async function readImportTarget(db: Tx, slug: string): Promise<ImportTarget> {
  const dataset = await db.dataset.findUnique({ where: { slug } });
  const actors = await db.actor.findMany({ select: { id: true, code: true } });
  const sources = dataset ? await db.source.findMany({ where: { datasetId: dataset.id }, select: { id: true, key: true } }) : [];
  // Last, so that nothing can fail between opening the scratch file and handing it to the caller.
  const stored = new ScratchStoredFigures();
  try {
    for (let after = 0; dataset; ) {
      const batch = await db.figure.findMany({ where: { datasetId: dataset.id, id: { gt: after } }, orderBy: { id: "asc" }, take: STORED_BATCH });
      if (batch.length === 0) break;
      stored.add(batch);
      after = batch[batch.length - 1]!.id;
    }
  } catch (error) {
    stored.close();
    throw error;
  }
  return { dataset, stored, actors, sources };
}

export interface NewSource {
  citation: string;
  kind: "primary" | "cited";
}

/** Sources the rows declare that the dataset lacks, in the order the file first names them; "primary" when a row is built on it. */
function addNewSources(sources: Map<string, NewSource>, rows: Iterable<ImportRow>, known: ReadonlySet<string>): void {
  for (const { entry, sourceCitation, citedSourceCitation } of rows) {
    if (!known.has(entry.source) && sourceCitation !== null) {
      const seen = sources.get(entry.source);
      if (!seen || seen.kind === "cited") sources.set(entry.source, { citation: sourceCitation, kind: "primary" });
    }
    const cited = entry.cited?.source;
    if (cited && !known.has(cited) && citedSourceCitation !== null && !sources.has(cited))
      sources.set(cited, { citation: citedSourceCitation, kind: "cited" });
  }
}

/**
 * Actors the database lacks: every one the import declares, then the ISO countries the rows name,
 * in the order the file first names them. Validation made sure that every code resolves.
 */
function newActorsOf(rows: FigureRows, declared: readonly ActorEntry[], stored: ReadonlySet<string>, knownSources: ReadonlySet<string>) {
  const declaredByCode = new Map(declared.map((actor) => [actor.code, actor]));
  const wanted = new Map<string, ActorDeclaration>();
  const want = (code: string | null) => {
    if (code === null || stored.has(code) || wanted.has(code)) return;
    const actor = resolveActor(code, declaredByCode);
    if (!actor) throw new Error(`import: the actor "${code}" was not checked`);
    wanted.set(code, actor);
  };
  for (const actor of declared) want(actor.code);
  // The new sources are found in the same reading of the rows.
  const newSources = new Map<string, NewSource>();
  for (const chunk of rows.chunks(PLAN_CHUNK)) {
    addNewSources(newSources, chunk, knownSources);
    for (const { entry } of chunk) {
      want(entry.from);
      want(entry.to);
    }
  }
  return { newActors: [...wanted.values()], newSources };
}

/** What the import changes, counted. */
export interface PlanCounts {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

// Rows planned (and written) at a time: the plan of a part of the file, never of all of it. Small
// enough that a part's objects (its rows, their stored columns, their audit entries) die young, in
// V8's young generation, instead of growing the heap between full collections.
export const PLAN_CHUNK = 1_000;

export interface TargetPlan {
  counts: PlanCounts;
  lookups: Lookups;
  newSources: Map<string, NewSource>;
  /** The placeholder id (negative) each new source was planned with, by key. */
  placeholders: Map<string, number>;
  newActors: ActorDeclaration[];
  /** The placeholder id (negative) each new actor was planned with, by code. */
  actorPlaceholders: Map<string, number>;
}

/**
 * The plan, made before the new actors, the new sources and a new dataset exist: they stand in with
 * placeholder ids (negative, and -1 for the dataset), which is enough to see what changes. The
 * write puts the real ids in once it has created them.
 */
export function planAgainst(target: ImportTarget, rows: FigureRows, mode: ImportMode, declaredActors: readonly ActorEntry[]): TargetPlan {
  const storedActors = new Set(target.actors.map((actor) => actor.code));
  const { newActors, newSources } = newActorsOf(rows, declaredActors, storedActors, new Set(target.sources.map((source) => source.key)));
  const lookups: Lookups = {
    actorIds: new Map(target.actors.map((actor) => [actor.code, actor.id])),
    sourceIds: new Map(target.sources.map((source) => [source.key, source.id])),
  };
  const placeholders = new Map<string, number>();
  for (const key of newSources.keys()) {
    placeholders.set(key, -(placeholders.size + 1));
    lookups.sourceIds.set(key, placeholders.get(key)!);
  }
  const actorPlaceholders = new Map<string, number>();
  for (const { code } of newActors) {
    actorPlaceholders.set(code, -(actorPlaceholders.size + 1));
    lookups.actorIds.set(code, actorPlaceholders.get(code)!);
  }
  const planner = new FigurePlanner(target.stored, lookups, target.dataset?.id ?? -1);
  const counts: PlanCounts = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  // Into a dataset without figures every row is new: nothing to compare, so no need to read them again.
  if (target.stored.size === 0) counts.added = rows.length;
  else
    for (const chunk of rows.chunks(PLAN_CHUNK)) {
      const plan = planner.plan(chunk.map((row) => row.entry));
      counts.added += plan.adds.length;
      counts.changed += plan.updates.length;
      counts.unchanged += plan.unchanged;
    }
  // Counted here and read again, a page at a time, as they are deleted (write-staged.ts).
  if (mode === "replace") for (const page of planner.removals(rows.keys)) counts.removed += page.length;
  return { counts, lookups, newSources, placeholders, newActors, actorPlaceholders };
}

export const changesNothing = (counts: PlanCounts) => counts.added + counts.changed + counts.removed === 0;
