import "server-only";
import { prisma } from "@/lib/db";
import type { EventsQuery } from "@/lib/schemas/api/events-query";
import { eventInclude, toEventDto, type EventDto } from "./dto";
import { eventOrderBy } from "./sort";
import { eventWhere } from "./where";

// One page of events, for the timeline page, the figure page and GET /api/v1/events.

export interface EventList {
  rows: EventDto[];
  total: number;
}

export async function listEvents(query: Pick<EventsQuery, "sort" | "limit"> & Partial<EventsQuery>): Promise<EventList> {
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
