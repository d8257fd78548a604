import { z } from "zod";
import { CHART_VIEWS } from "@/lib/views/overview/params";
import { EVENTS_DEFAULT_LIMIT, EVENTS_MAX_LIMIT, eventsQueryShape } from "@/lib/schemas/api/events-query";
import { dropReversedYears } from "../figures/view";
import { lenientParse, type UrlNotice } from "../list/lenient-parse";
import { dropEmptyParams, type RawParams } from "../list/raw-params";

// The events page's view, in the API's own parameters (lib/schemas/api/events-query.ts), so that
// /events?<params> and /api/v1/events?<params> list the same events. One difference: the page
// shows up to EVENTS_MAX_LIMIT events at once by default (a dataset has hundreds, not millions, and
// the table groups them by phase, which paging would cut apart); the API's default is smaller.

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the API-only parameters are left out on purpose
const { format, bom, ...pageShape } = eventsQueryShape;

/** The page adds one parameter of its own: whether the timeline shows as a chart or a table. */
export const eventsViewShape = { ...pageShape, view_timeline: z.enum(CHART_VIEWS).optional() };
export type EventsView = z.output<z.ZodObject<typeof eventsViewShape>>;

export const PAGE_EVENTS_LIMIT = EVENTS_MAX_LIMIT;

export const EVENT_VIEW_FILTER_KEYS = ["dataset", "phase", "year_from", "year_to", "type", "actor", "q"] as const satisfies readonly (keyof EventsView)[];
export type EventViewFilterKey = (typeof EVENT_VIEW_FILTER_KEYS)[number];

const PARAM_ORDER = [...EVENT_VIEW_FILTER_KEYS, "sort", "limit", "page", "view_timeline"] as const satisfies readonly (keyof EventsView)[];
const DEFAULT_SORT = "date";

export function parseEventsView(raw: RawParams): { view: EventsView; notices: UrlNotice[] } {
  const cleaned = dropEmptyParams(raw);
  const { value, notices } = lenientParse(eventsViewShape, cleaned);
  // Without a limit in the URL (or with an invalid one), the page shows every event.
  const limit = "limit" in cleaned && !notices.some((notice) => notice.param === "limit") ? value.limit : PAGE_EVENTS_LIMIT;
  return { view: dropReversedYears({ ...value, limit }, notices), notices };
}

function paramString(key: keyof EventsView, view: Partial<EventsView>, pageDefaults: boolean): string | null {
  const value = view[key];
  if (value === undefined || value === null) return null;
  if (key === "sort" && value === DEFAULT_SORT) return null;
  if (key === "limit" && value === (pageDefaults ? PAGE_EVENTS_LIMIT : EVENTS_DEFAULT_LIMIT)) return null;
  if (key === "page" && value === 1) return null;
  if (key === "view_timeline" && value === "chart") return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(",");
  return String(value);
}

function toParams(view: Partial<EventsView>, pageDefaults: boolean): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of PARAM_ORDER) {
    const text = paramString(key, view, pageDefaults);
    if (text !== null) params.set(key, text);
  }
  return params;
}

export function eventsViewToSearchParams(view: Partial<EventsView>): URLSearchParams {
  return toParams({ limit: PAGE_EVENTS_LIMIT, ...view }, true);
}

/** The API query for the same events; the limit is written out when it differs from the API's. */
export function eventsViewToApiParams(view: Partial<EventsView>): URLSearchParams {
  const params = toParams({ limit: PAGE_EVENTS_LIMIT, ...view }, false);
  params.delete("view_timeline");
  return params;
}

export function eventsViewHref(view: Partial<EventsView>): string {
  const query = eventsViewToSearchParams(view).toString();
  return query ? `/events?${query}` : "/events";
}

export function eventsApiHref(view: Partial<EventsView>): string {
  const query = eventsViewToApiParams(view).toString();
  return query ? `/api/v1/events?${query}` : "/api/v1/events";
}

/** A view with some parameters changed; any change but the page returns to page 1. */
export function withEventViewChanges(view: EventsView, changes: Partial<EventsView>): EventsView {
  const next = { ...view, ...changes };
  if (!("page" in changes)) delete next.page;
  for (const key of Object.keys(next) as (keyof EventsView)[]) if (next[key] === undefined) delete next[key];
  return next;
}

export function withoutEventFilters(view: EventsView): EventsView {
  const changes = Object.fromEntries(EVENT_VIEW_FILTER_KEYS.map((key) => [key, undefined])) as Partial<EventsView>;
  return withEventViewChanges(view, changes);
}

export function activeEventFilterKeys(view: EventsView): EventViewFilterKey[] {
  return EVENT_VIEW_FILTER_KEYS.filter((key) => view[key] !== undefined);
}
