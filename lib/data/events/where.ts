import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventsQuery } from "@/lib/schemas/api/events-query";
import { getActorIdsOrThrow } from "../actors";
import { getDatasetIdOrThrow } from "../datasets/get";
import { getPhasesByKeyOrThrow } from "../phases";
import { matchText } from "../text-search";

// Turns the parsed events filters into one Prisma `where`; unknown names fail with a QueryError.
type Where = Prisma.EventWhereInput;

export async function eventWhere(query: Partial<EventsQuery>): Promise<Where> {
  const and: Where[] = [];
  const datasetId = query.dataset === undefined ? null : await getDatasetIdOrThrow(query.dataset);
  if (datasetId !== null) and.push({ datasetId });
  if (query.phase !== undefined) {
    // Events are assigned to a phase by the dataset, so this matches the assignment, not the years.
    const phases = await getPhasesByKeyOrThrow(query.phase, datasetId);
    and.push({ phaseId: { in: phases.map((phase) => phase.id) } });
  }
  // An event spans [yearStart, yearEnd]; it matches when that span meets the requested years.
  if (query.year_from !== undefined) and.push({ yearEnd: { gte: query.year_from } });
  if (query.year_to !== undefined) and.push({ yearStart: { lte: query.year_to } });
  if (query.type) and.push({ type: { in: query.type } });
  if (query.actor) {
    const ids = await getActorIdsOrThrow(query.actor, "actor");
    const known = ids.filter((id): id is number => id !== null);
    const alternatives: Where[] = [];
    if (known.length > 0) alternatives.push({ actors: { some: { actorId: { in: known } } } });
    if (known.length < ids.length) alternatives.push({ actors: { none: {} } });
    and.push({ OR: alternatives });
  }
  const text = await matchText("Event", query.q);
  if ("contains" in text) and.push({ searchText: { contains: text.contains } });
  if ("ids" in text) and.push({ id: { in: text.ids } });
  return { AND: and };
}
