import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { splitFlags } from "@/lib/db/flags";
import type { EventDto } from "@/lib/schemas/api/event-response";

export type { EventDto };

// What an event query loads, and how a loaded row becomes the public shape.

export const eventInclude = {
  dataset: { select: { slug: true } },
  phase: { select: { key: true, label: true } },
  source: { select: { key: true, citation: true, author: true, year: true, title: true, url: true } },
  actors: { select: { actor: { select: { code: true, name: true } } }, orderBy: { actor: { code: "asc" } } },
} satisfies Prisma.EventInclude;

export type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

export function toEventDto(row: EventRow): EventDto {
  return {
    id: row.id,
    key: row.key,
    dataset: row.dataset.slug,
    date: row.date,
    endDate: row.endDate,
    dateText: row.dateText,
    dateStatus: row.dateStatus,
    yearStart: row.yearStart,
    yearEnd: row.yearEnd,
    label: row.label,
    type: row.type,
    phase: row.phase,
    actors: row.actors.map((link) => link.actor),
    source: row.source,
    section: row.section,
    phrase: row.phrase,
    citedRef: row.citedRef,
    flags: splitFlags(row.flags),
    notes: row.notes,
  };
}
