import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { FLAG_SEPARATOR } from "@/lib/db/flags";
import { NO_PARENT, type FigureFilters } from "@/lib/schemas/api/figures-query";
import { getActorIdsOrThrow } from "../actors";
import { getDatasetIdOrThrow } from "../datasets/get";
import { getPhasesByKeyOrThrow } from "../phases";
import { matchText } from "../text-search";
import { getVocabulary } from "../vocabulary";
import { checkCategoriesOrThrow, checkUnitsOrThrow } from "./check-codes";

// Turns the parsed filters into one Prisma `where`. Filters that name things in the database
// (dataset, actors, phase, units and categories) are looked up first, so an unknown name fails with a QueryError instead
// of quietly matching nothing.

type Where = Prisma.FigureWhereInput;

function actorCondition(field: "fromActorId" | "toActorId", ids: (number | null)[]): Where {
  const known = ids.filter((id): id is number => id !== null);
  const alternatives: Where[] = [];
  if (known.length > 0) alternatives.push({ [field]: { in: known } });
  if (known.length < ids.length) alternatives.push({ [field]: null });
  return alternatives.length === 1 ? alternatives[0]! : { OR: alternatives };
}

/**
 * How the span-of-years condition is written:
 * - "index": plainly, so the database may read it from the (yearStart, yearEnd) index: best when
 *   few figures match;
 * - "scan": as NOT(the opposite), which SQLite reads row by row while it walks the sort's own
 *   index: best when many match, because the first page is then found after a few hundred rows,
 *   whereas reading the matches from the years index means sorting all of them. SQLite's planner
 *   does not see this (with the page size bound as an integer it sorts tens of thousands of rows
 *   for a page of 100), so list.ts chooses, from the number of matches it knows. Same
 *   rows either way; PostgreSQL always gets the plain form and plans for itself.
 */
export type OverlapForm = "index" | "scan";

/** Figures whose period [yearStart, yearEnd] meets [from, to]; an open end meets everything. */
function overlapCondition(from: number | null, to: number | null, form: OverlapForm = "index"): Where {
  if (form === "scan")
    return {
      NOT: {
        OR: [{ yearStart: null }, { yearEnd: null }, ...(to === null ? [] : [{ yearStart: { gt: to } }]), ...(from === null ? [] : [{ yearEnd: { lt: from } }])],
      },
    };
  return {
    yearStart: to === null ? { not: null } : { lte: to },
    yearEnd: from === null ? { not: null } : { gte: from },
  };
}

/**
 * Flags are stored sorted and joined with ";". Flag codes come from a closed vocabulary in which
 * no two codes differ only where one has "_", so LIKE's "_" wildcard cannot match a wrong flag.
 */
function flagCondition(flag: string): Where {
  return {
    OR: [
      { flags: flag },
      { flags: { startsWith: `${flag}${FLAG_SEPARATOR}` } },
      { flags: { endsWith: `${FLAG_SEPARATOR}${flag}` } },
      { flags: { contains: `${FLAG_SEPARATOR}${flag}${FLAG_SEPARATOR}` } },
    ],
  };
}

export async function figureWhere(filters: FigureFilters, { overlapForm = "index" }: { overlapForm?: OverlapForm } = {}): Promise<Where> {
  const and: Where[] = [];
  const datasetId = filters.dataset === undefined ? null : await getDatasetIdOrThrow(filters.dataset);
  if (datasetId !== null) and.push({ datasetId });
  if (filters.from) and.push(actorCondition("fromActorId", await getActorIdsOrThrow(filters.from, "from")));
  if (filters.to) and.push(actorCondition("toActorId", await getActorIdsOrThrow(filters.to, "to")));
  if (filters.category || filters.unit) {
    const vocabulary = await getVocabulary();
    if (filters.category) checkCategoriesOrThrow(filters.category, vocabulary);
    if (filters.unit) checkUnitsOrThrow(filters.unit, vocabulary);
  }
  if (filters.category) and.push({ category: { in: filters.category } });
  if (filters.unit) and.push({ unit: { in: filters.unit } });
  if (filters.qualifier) and.push({ qualifier: { in: filters.qualifier } });
  if (filters.phase !== undefined) {
    const phases = await getPhasesByKeyOrThrow(filters.phase, datasetId);
    // A phase belongs to one dataset: match its figures only, over the phase's years.
    and.push({
      OR: phases.map((phase) => ({ datasetId: phase.datasetId, ...overlapCondition(phase.startYear, phase.endYear, overlapForm) })),
    });
  }
  if (filters.year_from !== undefined || filters.year_to !== undefined)
    and.push(overlapCondition(filters.year_from ?? null, filters.year_to ?? null, overlapForm));
  const text = await matchText("Figure", filters.q);
  if ("contains" in text) and.push({ searchText: { contains: text.contains } });
  if ("ids" in text) and.push({ id: { in: text.ids } });
  if (filters.parent !== undefined) and.push({ parentId: filters.parent === NO_PARENT ? null : filters.parent });
  if (filters.derived !== undefined) and.push({ derived: filters.derived });
  if (filters.flag !== undefined) and.push(flagCondition(filters.flag));
  return { AND: and };
}
