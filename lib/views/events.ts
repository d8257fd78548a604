import { z } from "zod";
import { EVENTS_MAX_LIMIT, eventsQueryShape, type EventSortKey } from "@/lib/schemas/api/events-query";
import { defineListView } from "./list/list-view";
import { CHART_VIEWS } from "./overview/param-codes";

// The events page (/events) as a list view (lib/views/list/list-view.ts), in the API's own
// parameters (lib/schemas/api/events-query.ts), so that /events?<params> and /api/v1/events?<params>
// list the same events. Two differences: the page shows up to EVENTS_MAX_LIMIT events at once by
// default (a dataset has hundreds, not millions, and the table groups them by phase, which paging
// would cut apart), and it adds `view_timeline` (the timeline above the table, as a chart or a table).

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the API-only parameters are left out on purpose
const { format, bom, ...pageShape } = eventsQueryShape;

const eventsViewShape = { ...pageShape, view_timeline: z.enum(CHART_VIEWS).optional() };
export type EventsView = z.output<z.ZodObject<typeof eventsViewShape>>;

export const PAGE_EVENTS_LIMIT = EVENTS_MAX_LIMIT;

export const EVENT_FILTER_KEYS = ["dataset", "phase", "year_from", "year_to", "type", "actor", "q"] as const satisfies readonly (keyof EventsView)[];
export type EventFilterKey = (typeof EVENT_FILTER_KEYS)[number];

type EventColumnId = "date" | "label" | "type" | "actors" | "flags" | "source";

export const eventsView = defineListView<EventsView, EventFilterKey, EventColumnId>({
  path: "/events",
  apiPath: "/api/v1/events",
  entity: "events",
  shape: eventsViewShape,
  filterKeys: EVENT_FILTER_KEYS,
  presentation: { view_timeline: "chart" },
  columnSort: { date: "date", label: "label", type: "type", actors: null, flags: null, source: null } satisfies Record<EventColumnId, EventSortKey | null>,
  pageLimit: PAGE_EVENTS_LIMIT,
  maxLimit: EVENTS_MAX_LIMIT,
});
