import "server-only";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { splitFlags } from "@/lib/db/flags";
import { SOURCE_KIND_CODES, type SourceKind } from "@/lib/vocab";
import { figureSummarySelect } from "./figures/dto";
import { getVocabulary } from "./vocabulary";

// Reads for the methodology page: the figures and events that carry flags, with their notes.

export async function listFlaggedFigures(datasetId?: number) {
  const [rows, vocabulary] = await Promise.all([
    prisma.figure.findMany({
      where: { flags: { not: "" }, ...(datasetId === undefined ? {} : { datasetId }) },
      orderBy: [{ category: "asc" }, { id: "asc" }],
      select: { ...figureSummarySelect, flags: true, notes: true },
    }),
    getVocabulary(),
  ]);
  return rows.map((row) => ({ ...row, unitInfo: vocabulary.unitInfo(row.unit), flags: splitFlags(row.flags) }));
}

/** The units the dataset's figures are in, with their names and families, by code. */
export async function listDatasetUnits(datasetId?: number) {
  const [rows, vocabulary] = await Promise.all([
    prisma.figure.groupBy({ by: ["unit"], where: datasetId === undefined ? {} : { datasetId }, orderBy: { unit: "asc" } }),
    getVocabulary(),
  ]);
  return rows.map(({ unit }) => ({ code: unit, ...vocabulary.unitInfo(unit) }));
}

export async function listFlaggedEvents(datasetId?: number) {
  const rows = await prisma.event.findMany({
    where: { flags: { not: "" }, ...(datasetId === undefined ? {} : { datasetId }) },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: { id: true, key: true, label: true, date: true, dateText: true, flags: true, notes: true },
  });
  return rows.map((row) => ({ ...row, flags: splitFlags(row.flags) }));
}

/** The dataset with this slug, else the first one loaded (the default of lib/data/datasets/default.ts). */
export async function getDefaultDataset(slug?: string) {
  const include = {
    changelog: { orderBy: { version: "desc" } },
    sources: { orderBy: [{ kind: "asc" }, { key: "asc" }] },
    _count: { select: { figures: true, events: true, sources: true } },
  } satisfies Prisma.DatasetInclude;
  const dataset =
    (slug === undefined ? null : await prisma.dataset.findUnique({ where: { slug }, include })) ??
    (await prisma.dataset.findFirst({ orderBy: { id: "asc" }, include }));
  if (!dataset) return null;
  // The primary source first, then the works it cites, then reference literature.
  const rank = (kind: string) => SOURCE_KIND_CODES.indexOf(kind as SourceKind);
  return { ...dataset, meta: parseDatasetMeta(dataset.meta), sources: [...dataset.sources].sort((a, b) => rank(a.kind) - rank(b.kind)) };
}
