import "server-only";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { datasetInclude, toDatasetDto, type DatasetDto, type DatasetRow } from "./dto";
import { VersionedCache } from "../read-cache";

// Every dataset with its counts: three COUNTs per dataset, which a million figures make slow, so
// they are read once per data version (lib/data/read-cache.ts).
const datasetRows = new VersionedCache<DatasetRow[]>(1);

export async function listDatasets({ baseUrl = publicBaseUrl() } = {}): Promise<DatasetDto[]> {
  const rows = await datasetRows.get("all", () => prisma.dataset.findMany({ orderBy: { slug: "asc" }, include: datasetInclude }));
  return rows.map((row) => toDatasetDto(row, baseUrl));
}

/** Every dataset's slug, title and version, without counting anything (the curation pages' choices). */
export async function listDatasetSlugs(): Promise<{ slug: string; title: string; version: number }[]> {
  return prisma.dataset.findMany({ orderBy: { slug: "asc" }, select: { slug: true, title: true, version: true } });
}
