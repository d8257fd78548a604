import type { PrismaClient } from "@/generated/prisma/client";
import { parseDatasetMeta, type DatasetMeta } from "@/lib/schemas/dataset-meta";
import { Vocabulary } from "@/lib/vocab/vocabulary";
import type { PackageActor } from "@/lib/export/datapackage-tables";

// What the rows of an import are checked against: the actors (shared by every dataset), and the
// dataset's own sources and figures. Read before the write transaction starts; the transaction
// reads the figures again, so a change made in between is never overwritten unseen.

/** An actor as stored, without its id: what a declaration of the same code must agree with. */
export type StoredActor = Omit<PackageActor, "code">;

const storedActorSelect = { code: true, name: true, nativeName: true, kind: true, description: true, startYear: true, endYear: true } as const;

/** What the database knows that the rows are checked against. */
export interface ImportContext {
  /** Every actor, by code. */
  actors: Map<string, StoredActor>;
  datasetExists: boolean;
  /** The dataset's sources: key → citation. */
  sources: Map<string, string>;
  /** The dataset's figures: key → parent key. */
  figures: Map<string, string | null>;
  /** The dataset's figures: key → value (a value that jumps a thousandfold is warned about). */
  values: Map<string, number>;
  /** The units and categories every dataset's metadata declares, with the libraries' (lib/vocab/vocabulary.ts). */
  vocabulary: Vocabulary;
  /** Every dataset's metadata, the vocabulary's declarations (so that an import can add its own). */
  declarations: DatasetMeta[];
  /** The dataset's own metadata; null when the dataset is new. */
  meta: DatasetMeta | null;
}

export async function loadImportContext(prisma: PrismaClient, slug: string): Promise<ImportContext> {
  const [actors, dataset, metas] = await Promise.all([
    prisma.actor.findMany({ select: storedActorSelect }),
    prisma.dataset.findUnique({ where: { slug }, select: { id: true, meta: true } }),
    prisma.dataset.findMany({ select: { meta: true }, orderBy: { id: "asc" } }),
  ]);
  const actorsByCode = new Map(actors.map(({ code, ...actor }) => [code, actor]));
  const declarations = metas.map((row) => parseDatasetMeta(row.meta));
  const vocabulary = new Vocabulary(declarations);
  if (!dataset) return { actors: actorsByCode, datasetExists: false, sources: new Map(), figures: new Map(), values: new Map(), vocabulary, declarations, meta: null };
  const [sources, figures] = await Promise.all([
    prisma.source.findMany({ where: { datasetId: dataset.id }, select: { key: true, citation: true } }),
    prisma.figure.findMany({ where: { datasetId: dataset.id }, select: { id: true, key: true, parentId: true, value: true } }),
  ]);
  const keyOf = new Map(figures.map((f) => [f.id, f.key]));
  return {
    actors: actorsByCode,
    datasetExists: true,
    sources: new Map(sources.map((s) => [s.key, s.citation])),
    figures: new Map(figures.map((f) => [f.key, f.parentId === null ? null : (keyOf.get(f.parentId) ?? null)])),
    values: new Map(figures.map((f) => [f.key, f.value])),
    vocabulary,
    declarations,
    meta: parseDatasetMeta(dataset.meta),
  };
}
