import type { PrismaClient } from "@/generated/prisma/client";
import { parseDatasetMeta, type DatasetMeta } from "@/lib/schemas/dataset-meta";
import { Vocabulary } from "@/lib/vocab/vocabulary";
import type { PackageActor } from "@/lib/export/datapackage-tables";
import type { ParentLookup } from "./staging/figure-rows";
import { StoredFigureKeys, type StoredFigureRow } from "./staging/stored-keys";

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
  figures: ParentLookup;
  /** The dataset's figures: key → value (a value that jumps a thousandfold is warned about). */
  values: { get(key: string): number | undefined };
  /** The units and categories every dataset's metadata declares, with the libraries' (lib/vocab/vocabulary.ts). */
  vocabulary: Vocabulary;
  /** Every dataset's metadata, the vocabulary's declarations (so that an import can add its own). */
  declarations: DatasetMeta[];
  /** The dataset's own metadata; null when the dataset is new. */
  meta: DatasetMeta | null;
  /** Lets go of what holds the stored figures (a scratch file); the checks are done. */
  close(): void;
}

/** The context with the stored figures in Maps: a data package, which is all in memory anyway, lists their keys. */
export type InMemoryImportContext = ImportContext & { figures: Map<string, string | null>; values: Map<string, number> };

// Stored figures read at a time, by id.
const FIGURE_BATCH = 10_000;

async function* storedFigureBatches(prisma: PrismaClient, datasetId: number): AsyncIterable<StoredFigureRow[]> {
  for (let after = 0; ; ) {
    const batch = await prisma.figure.findMany({ where: { datasetId, id: { gt: after } }, select: { id: true, key: true, parentId: true, value: true }, orderBy: { id: "asc" }, take: FIGURE_BATCH });
    if (batch.length === 0) return;
    after = batch[batch.length - 1]!.id;
    yield batch;
  }
}

/** Everything but the stored figures, and the dataset's id (null when it is new). */
async function loadBase(prisma: PrismaClient, slug: string) {
  const [actors, dataset, metas] = await Promise.all([
    prisma.actor.findMany({ select: storedActorSelect }),
    prisma.dataset.findUnique({ where: { slug }, select: { id: true, meta: true } }),
    prisma.dataset.findMany({ select: { meta: true }, orderBy: { id: "asc" } }),
  ]);
  const declarations = metas.map((row) => parseDatasetMeta(row.meta));
  const sources = dataset ? await prisma.source.findMany({ where: { datasetId: dataset.id }, select: { key: true, citation: true } }) : [];
  const base = {
    actors: new Map(actors.map(({ code, ...actor }) => [code, actor])),
    datasetExists: dataset !== null,
    sources: new Map(sources.map((s) => [s.key, s.citation])),
    vocabulary: new Vocabulary(declarations),
    declarations,
    meta: dataset ? parseDatasetMeta(dataset.meta) : null,
  };
  return { base, datasetId: dataset?.id ?? null };
}

/** The context of a data package: the stored figures in Maps. */
export async function loadImportContext(prisma: PrismaClient, slug: string): Promise<InMemoryImportContext> {
  const { base, datasetId } = await loadBase(prisma, slug);
  const stored: StoredFigureRow[] = [];
  if (datasetId !== null) for await (const batch of storedFigureBatches(prisma, datasetId)) stored.push(...batch);
  const keyOf = new Map(stored.map((f) => [f.id, f.key]));
  return {
    ...base,
    figures: new Map(stored.map((f) => [f.key, f.parentId === null ? null : (keyOf.get(f.parentId) ?? null)])),
    values: new Map(stored.map((f) => [f.key, f.value])),
    close: () => undefined,
  };
}

/** The context of a CSV import: the stored figures in a scratch file, however many there are. */
export async function loadCsvImportContext(prisma: PrismaClient, slug: string): Promise<ImportContext> {
  const { base, datasetId } = await loadBase(prisma, slug);
  const stored = new StoredFigureKeys();
  try {
    if (datasetId !== null) for await (const batch of storedFigureBatches(prisma, datasetId)) stored.add(batch);
  } catch (error) {
    stored.close();
    throw error;
  }
  return { ...base, figures: stored.parents, values: stored.values, close: () => stored.close() };
}
