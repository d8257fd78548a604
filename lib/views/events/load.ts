import { listEvents } from "@/lib/data/events/list";
import type { EventDto } from "@/lib/schemas/api/event-response";
import type { EventsView } from "../events";
import { readLeniently, type ListViewResult } from "../list/load-view";

// The events page's read (lib/views/list/load-view.ts: a parameter only the database can reject is
// dropped with a notice).

export function listEventsForView(requested: EventsView): Promise<ListViewResult<EventsView, EventDto>> {
  return readLeniently(requested, listEvents);
}
