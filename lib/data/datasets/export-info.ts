import "server-only";
import { prisma } from "@/lib/db";
import type { PackageDataset, PackageSource } from "@/lib/export/datapackage";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";

// What exports need to know about a dataset beyond its rows: its metadata (for citations, the data
// package and image credits) and its sources (for the package's source list and the citation of
// the paper it is built from).

export interface DatasetExportInfo extends PackageDataset {
  sources: PackageSource[];
  /** The reference of the primary source (the paper the dataset is extracted from), if any. */
  basedOn: string | null;
}

export async function getDatasetExportInfo(slug?: string): Promise<DatasetExportInfo | null> {
  const row = await prisma.dataset.findFirst({
    where: slug === undefined ? {} : { slug },
    // Without a slug: the default dataset, the first one loaded (default.ts).
    orderBy: { id: "asc" },
    select: {
      slug: true,
      title: true,
      description: true,
      version: true,
      licence: true,
      lastUpdated: true,
      meta: true,
      sources: { orderBy: { id: "asc" }, select: { key: true, kind: true, citation: true, url: true } },
    },
  });
  if (!row) return null;
  const primary = row.sources.find((source) => source.kind === "primary");
  return { ...row, meta: parseDatasetMeta(row.meta), basedOn: primary?.citation ?? null };
}
