import "server-only";
import { prisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { QueryError } from "@/lib/schemas/api/query-error";
import { datasetInclude, toDatasetDto, type DatasetDetailDto } from "./dto";

/** One dataset with its counts and changelog, or null when there is no such slug. */
export async function getDatasetBySlug(slug: string, { baseUrl = publicBaseUrl() } = {}): Promise<DatasetDetailDto | null> {
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
