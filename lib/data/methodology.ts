import "server-only";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import { prisma } from "@/lib/db";
import { splitFlags } from "@/lib/db/flags";
import { SOURCE_KIND_CODES, type SourceKind } from "@/lib/vocab";
import { figureSummarySelect } from "./figures/dto";

// Reads for the methodology page: the figures and events that carry flags, with their notes.

export async function listFlaggedFigures(datasetId?: number) {
  const rows = await prisma.figure.findMany({
    where: { flags: { not: "" }, ...(datasetId === undefined ? {} : { datasetId }) },
    orderBy: [{ category: "asc" }, { id: "asc" }],
    select: { ...figureSummarySelect, flags: true, notes: true },
  });
  return rows.map((row) => ({ ...row, flags: splitFlags(row.flags) }));
}

export async function listFlaggedEvents(datasetId?: number) {
  const rows = await prisma.event.findMany({
    where: { flags: { not: "" }, ...(datasetId === undefined ? {} : { datasetId }) },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: { id: true, key: true, label: true, date: true, dateText: true, flags: true, notes: true },
  });
  return rows.map((row) => ({ ...row, flags: splitFlags(row.flags) }));
}

/** The first dataset by slug: the one the single-dataset pages describe by default. */
export async function getDefaultDataset() {
  const dataset = await prisma.dataset.findFirst({
    orderBy: { slug: "asc" },
    include: {
      changelog: { orderBy: { version: "desc" } },
      sources: { orderBy: [{ kind: "asc" }, { key: "asc" }] },
      _count: { select: { figures: true, events: true, sources: true } },
    },
  });
  if (!dataset) return null;
  // The primary source first, then the works it cites, then reference literature.
  const rank = (kind: string) => SOURCE_KIND_CODES.indexOf(kind as SourceKind);
  return { ...dataset, meta: parseDatasetMeta(dataset.meta), sources: [...dataset.sources].sort((a, b) => rank(a.kind) - rank(b.kind)) };
}
