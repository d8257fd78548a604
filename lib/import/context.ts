import type { PrismaClient } from "@/generated/prisma/client";

// What the rows of an import are checked against: the actors (shared by every dataset), and the
// dataset's own sources and figures. Read before the write transaction starts; the transaction
// reads the figures again, so a change made in between is never overwritten unseen.

/** What the database knows that the rows are checked against. */
export interface ImportContext {
  actors: Set<string>;
  datasetExists: boolean;
  /** The dataset's sources: key → citation. */
  sources: Map<string, string>;
  /** The dataset's figures: key → parent key. */
  figures: Map<string, string | null>;
}

export async function loadImportContext(prisma: PrismaClient, slug: string): Promise<ImportContext> {
  const [actors, dataset] = await Promise.all([
    prisma.actor.findMany({ select: { code: true } }),
    prisma.dataset.findUnique({ where: { slug }, select: { id: true } }),
  ]);
  if (!dataset) return { actors: new Set(actors.map((a) => a.code)), datasetExists: false, sources: new Map(), figures: new Map() };
  const [sources, figures] = await Promise.all([
    prisma.source.findMany({ where: { datasetId: dataset.id }, select: { key: true, citation: true } }),
    prisma.figure.findMany({ where: { datasetId: dataset.id }, select: { id: true, key: true, parentId: true } }),
  ]);
  const keyOf = new Map(figures.map((f) => [f.id, f.key]));
  return {
    actors: new Set(actors.map((a) => a.code)),
    datasetExists: true,
    sources: new Map(sources.map((s) => [s.key, s.citation])),
    figures: new Map(figures.map((f) => [f.key, f.parentId === null ? null : (keyOf.get(f.parentId) ?? null)])),
  };
}
