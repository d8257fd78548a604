import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { QueryError } from "@/lib/schemas/api/query-error";
import { datasetInclude, toDatasetDto, type DatasetDetailDto, type DatasetDto, type DatasetRow } from "./dto";
import { VersionedCache } from "../read-cache";

// Read functions for datasets: their metadata, counts and changelog.

// Every dataset with its counts: three COUNTs per dataset, which a million figures make slow, so
// they are read once per data version (lib/data/read-cache.ts).
const datasetRows = new VersionedCache<DatasetRow[]>(1);

export async function listDatasets({ baseUrl = publicBaseUrl() } = {}): Promise<DatasetDto[]> {
  const rows = await datasetRows.get("all", () => prisma.dataset.findMany({ orderBy: { slug: "asc" }, include: datasetInclude }));
  return rows.map((row) => toDatasetDto(row, baseUrl));
}

export async function getDatasetBySlug(
  slug: string,
  { baseUrl = publicBaseUrl() } = {},
): Promise<DatasetDetailDto | null> {
  const row = await prisma.dataset.findUnique({
    where: { slug },
    include: {
      ...datasetInclude,
      changelog: { orderBy: { version: "desc" }, select: { version: true, date: true, summary: true } },
    },
  });
  if (!row) return null;
  return { ...toDatasetDto(row, baseUrl), changelog: row.changelog };
}

/** The id of the dataset a `?dataset=` filter names; an unknown slug is a bad parameter. */
export async function getDatasetIdOrThrow(slug: string): Promise<number> {
  const row = await prisma.dataset.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw new QueryError("invalid_parameter", "dataset", `dataset: unknown dataset "${slug}"`);
  return row.id;
}
