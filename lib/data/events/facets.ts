import "server-only";
import { prisma } from "@/lib/db";

// The values the events filters can offer: the event types and the actors that occur in events.

export interface EventFacets {
  types: string[];
  actors: { code: string; name: string }[];
}

export async function getEventFacets(): Promise<EventFacets> {
  const [types, actors] = await Promise.all([
    prisma.event.groupBy({ by: ["type"], orderBy: { type: "asc" } }),
    prisma.actor.findMany({
      where: { events: { some: {} } },
      select: { code: true, name: true },
      orderBy: { code: "asc" },
    }),
  ]);
  return { types: types.map((row) => row.type), actors };
}
