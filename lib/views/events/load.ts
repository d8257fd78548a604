import { QueryError } from "@/lib/schemas/api/query-error";
import type { UrlNotice } from "@/lib/views/list/lenient-parse";
import type { EventsView } from "@/lib/views/events/view";
import { listEvents, type EventList } from "../../data/events/list";

// The events page's read. A value that only the database can check (an unknown actor, phase or
// dataset) makes the API answer 400; the page drops that parameter with a notice instead.

export interface EventsViewResult extends EventList {
  view: EventsView;
  notices: UrlNotice[];
}

const MAX_RETRIES = 5;

export async function listEventsForView(requested: EventsView): Promise<EventsViewResult> {
  let view = requested;
  const notices: UrlNotice[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      const { rows, total } = await listEvents(view);
      return { rows, total, view, notices };
    } catch (error) {
      const param = error instanceof QueryError ? error.param : null;
      if (!(error instanceof QueryError) || param === null || !(param in view) || attempt >= MAX_RETRIES) throw error;
      notices.push({ param, message: `ignored ${error.message}` });
      const next = { ...view };
      delete next[param as keyof EventsView];
      view = next;
    }
  }
}
