import type { Dataset, Figure } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
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

export interface TargetPlan {
  plan: FigurePlan;
  lookups: Lookups;
  newSources: Map<string, NewSource>;
  /** The placeholder id (negative) each new source was planned with, by key. */
  placeholders: Map<string, number>;
}

/**
 * The plan, made before the new sources and a new dataset exist: they stand in with placeholder ids
 * (negative, and -1 for the dataset), which is enough to see what changes. The write puts the real
 * ids in once it has created them.
 */
export function planAgainst(target: ImportTarget, rows: readonly ImportRow[], mode: ImportMode): TargetPlan {
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
  const plan = planFigures(
    rows.map((row) => row.entry),
    target.stored,
    lookups,
    target.dataset?.id ?? -1,
    mode,
  );
  return { plan, lookups, newSources, placeholders };
}
