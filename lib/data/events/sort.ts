import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventSort, EventSortKey } from "@/lib/schemas/api/events-query";

// How each `sort` key orders events. The default order is chronological: partial dates sort as
// text, so "1950" comes before "1950-02" and both before "1951", and the id breaks ties.

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
