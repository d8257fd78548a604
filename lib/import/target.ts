import type { Dataset, Figure } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import type { ActorEntry } from "@/lib/schemas/dataset-file";
import { resolveActor, type ActorDeclaration } from "@/lib/vocab/actors";
import { planFigures, type FigurePlan, type Lookups } from "./plan";
import type { ImportMode } from "./mode";
import type { ImportRow } from "./row-schema";

// The dataset an import writes into, as it is now, and the import's plan against it. Read inside
// the write transaction (so nothing changes between reading and writing), and by a dry run outside
// any transaction (a PrismaClient serves as a Tx for reads).

export interface ImportTarget {
  dataset: Dataset | null;
  stored: Figure[];
  actors: { id: number; code: string }[];
  sources: { id: number; key: string }[];
}

export async function readImportTarget(db: Tx, slug: string): Promise<ImportTarget> {
  const dataset = await db.dataset.findUnique({ where: { slug } });
  const stored = dataset ? await db.figure.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" } }) : [];
  const actors = await db.actor.findMany({ select: { id: true, code: true } });
  const sources = dataset ? await db.source.findMany({ where: { datasetId: dataset.id }, select: { id: true, key: true } }) : [];
  return { dataset, stored, actors, sources };
}

export interface NewSource {
  citation: string;
  kind: "primary" | "cited";
}

/** Sources the rows declare that the dataset lacks, in the order the file first names them; "primary" when a row is built on it. */
function newSourcesOf(rows: readonly ImportRow[], known: ReadonlySet<string>): Map<string, NewSource> {
  const sources = new Map<string, NewSource>();
  for (const { entry, sourceCitation, citedSourceCitation } of rows) {
    if (!known.has(entry.source) && sourceCitation !== null) {
      const seen = sources.get(entry.source);
      if (!seen || seen.kind === "cited") sources.set(entry.source, { citation: sourceCitation, kind: "primary" });
    }
    const cited = entry.cited?.source;
    if (cited && !known.has(cited) && citedSourceCitation !== null && !sources.has(cited))
      sources.set(cited, { citation: citedSourceCitation, kind: "cited" });
  }
  return sources;
}

/**
 * Actors the database lacks: every one the import declares, then the ISO countries the rows name,
 * in the order the file first names them. Validation made sure that every code resolves.
 */
function newActorsOf(rows: readonly ImportRow[], declared: readonly ActorEntry[], stored: ReadonlySet<string>): ActorDeclaration[] {
  const declaredByCode = new Map(declared.map((actor) => [actor.code, actor]));
  const wanted = new Map<string, ActorDeclaration>();
  const want = (code: string | null) => {
    if (code === null || stored.has(code) || wanted.has(code)) return;
    const actor = resolveActor(code, declaredByCode);
    if (!actor) throw new Error(`import: the actor "${code}" was not checked`);
    wanted.set(code, actor);
  };
  for (const actor of declared) want(actor.code);
  for (const { entry } of rows) {
    want(entry.from);
    want(entry.to);
  }
  return [...wanted.values()];
}

export interface TargetPlan {
  plan: FigurePlan;
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
export function planAgainst(target: ImportTarget, rows: readonly ImportRow[], mode: ImportMode, declaredActors: readonly ActorEntry[]): TargetPlan {
  const newSources = newSourcesOf(rows, new Set(target.sources.map((source) => source.key)));
  const lookups: Lookups = {
    actorIds: new Map(target.actors.map((actor) => [actor.code, actor.id])),
    sourceIds: new Map(target.sources.map((source) => [source.key, source.id])),
  };
  const placeholders = new Map<string, number>();
  for (const key of newSources.keys()) {
    placeholders.set(key, -(placeholders.size + 1));
    lookups.sourceIds.set(key, placeholders.get(key)!);
  }
  const newActors = newActorsOf(rows, declaredActors, new Set(lookups.actorIds.keys()));
  const actorPlaceholders = new Map<string, number>();
  for (const { code } of newActors) {
    actorPlaceholders.set(code, -(actorPlaceholders.size + 1));
    lookups.actorIds.set(code, actorPlaceholders.get(code)!);
  }
  const plan = planFigures(
    rows.map((row) => row.entry),
    target.stored,
    lookups,
    target.dataset?.id ?? -1,
    mode,
  );
  return { plan, lookups, newSources, placeholders, newActors, actorPlaceholders };
}
