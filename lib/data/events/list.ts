import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { EventSort, EventSortKey, EventsQuery } from "@/lib/schemas/api/events-query";
import { eventInclude, toEventDto, type EventDto } from "./dto";
import { eventWhere } from "./where";

// Read functions for events. The default order is chronological: partial dates sort as text, so
// "1950" comes before "1950-02" and both before "1951", and the id breaks ties.

const SORT_COLUMN: Record<EventSortKey, "date" | "label" | "type" | "id"> = {
  date: "date",
  label: "label",
  type: "type",
  id: "id",
};

export function eventOrderBy(sort: EventSort): Prisma.EventOrderByWithRelationInput[] {
  const dir = sort.startsWith("-") ? "desc" : "asc";
  const column = SORT_COLUMN[(dir === "desc" ? sort.slice(1) : sort) as EventSortKey];
  if (column === "id") return [{ id: dir }];
  // Ties within a label or type fall back to the date, then the id, so the order is total.
  const rest: Prisma.EventOrderByWithRelationInput[] = column === "date" ? [] : [{ date: "asc" }];
  return [{ [column]: dir }, ...rest, { id: "asc" }];
}

export interface EventList {
  rows: EventDto[];
  total: number;
}

export async function listEvents(
  query: Pick<EventsQuery, "sort" | "limit"> & Partial<EventsQuery>,
): Promise<EventList> {
  const where = await eventWhere(query);
  const [total, rows] = await prisma.$transaction([
    prisma.event.count({ where }),
    prisma.event.findMany({
      where,
      orderBy: eventOrderBy(query.sort),
      include: eventInclude,
      skip: ((query.page ?? 1) - 1) * query.limit,
      take: query.limit,
    }),
  ]);
  return { rows: rows.map(toEventDto), total };
}

/** Every matching event in order, in batches (CSV export); the filters are checked before it returns. */
export async function openEventBatches(
  query: Pick<EventsQuery, "sort"> & Partial<EventsQuery>,
  { batchSize = 1000 }: { batchSize?: number } = {},
): Promise<AsyncGenerator<EventDto[]>> {
  const where = await eventWhere(query);
  const orderBy = eventOrderBy(query.sort);
  async function* batches(): AsyncGenerator<EventDto[]> {
    // Events number in the hundreds; offset batches keep memory flat without a keyset cursor.
    for (let skip = 0; ; skip += batchSize) {
      const batch = await prisma.event.findMany({ where, orderBy, include: eventInclude, skip, take: batchSize });
      if (batch.length > 0) yield batch.map(toEventDto);
      if (batch.length < batchSize) return;
    }
  }
  return batches();
}
