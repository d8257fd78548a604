import "server-only";
import { prisma } from "@/lib/db";
import type { EventsQuery } from "@/lib/schemas/api/events-query";
import { eventInclude, toEventDto, type EventDto } from "./dto";
import { eventOrderBy } from "./sort";
import { eventWhere } from "./where";

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
