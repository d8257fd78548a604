import "server-only";
import { prisma } from "@/lib/db";
import type { PackageTables } from "@/lib/export/datapackage-zip";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";

// What a dataset's data package holds beside its figures and events (lib/export/datapackage-tables.ts):
// its citation, the actors it names, its sources in full, its phases, its changelog, and the
// reference conversion rates. Each in a stable order (codes, the dataset's own order, versions,
// keys), so that the package's bytes depend on the data alone.

export interface PackageData extends PackageTables {
  citation: string;
}

export async function getPackageData(slug: string): Promise<PackageData | null> {
  const dataset = await prisma.dataset.findUnique({ where: { slug }, select: { id: true, citation: true, meta: true } });
  if (!dataset) return null;
  const datasetId = dataset.id;
  const sides = parseDatasetMeta(dataset.meta).sides;
  const [actors, sources, phases, changelog, rates] = await Promise.all([
    prisma.actor.findMany({
      where: {
        OR: [
          { figuresFrom: { some: { datasetId } } },
          { figuresTo: { some: { datasetId } } },
          { events: { some: { event: { datasetId } } } },
          ...(sides ? [{ code: { in: [sides.a, sides.b] } }] : []),
        ],
      },
      orderBy: { code: "asc" },
      select: { code: true, name: true, nativeName: true, kind: true, description: true, startYear: true, endYear: true },
    }),
    prisma.source.findMany({
      where: { datasetId },
      orderBy: { id: "asc" },
      select: { key: true, kind: true, author: true, year: true, title: true, citation: true, url: true },
    }),
    prisma.phase.findMany({
      where: { datasetId },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { key: true, label: true, description: true, startYear: true, endYear: true },
    }),
    prisma.changelogEntry.findMany({ where: { datasetId }, orderBy: { version: "asc" }, select: { version: true, date: true, summary: true } }),
    prisma.conversionRate.findMany({
      orderBy: { key: "asc" },
      select: { key: true, unit: true, perUnit: true, rate: true, validFrom: true, validTo: true, description: true, sourceTitle: true, sourceUrl: true },
    }),
  ]);
  return { citation: dataset.citation, actors, sources, phases, changelog, rates };
}
