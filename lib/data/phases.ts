import "server-only";
import { prisma } from "@/lib/db";
import { QueryError } from "@/lib/schemas/api/query-error";

// Read functions for the phases (periods) a dataset is divided into.

export async function listPhases(datasetId?: number) {
  return prisma.phase.findMany({
    where: datasetId === undefined ? {} : { datasetId },
    orderBy: [{ datasetId: "asc" }, { sortOrder: "asc" }],
    select: { id: true, datasetId: true, key: true, label: true, description: true, startYear: true, endYear: true },
  });
}

/**
 * The phases with this key (one per dataset that has it, or only `datasetId`'s); throws a
 * QueryError when there is none, because an unknown phase is a typo, not an empty result.
 */
export async function getPhasesByKeyOrThrow(key: string, datasetId: number | null) {
  const phases = await prisma.phase.findMany({
    where: { key, ...(datasetId === null ? {} : { datasetId }) },
    select: { id: true, datasetId: true, startYear: true, endYear: true },
  });
  if (phases.length === 0) throw new QueryError("invalid_parameter", "phase", `phase: unknown phase "${key}"`);
  return phases;
}
