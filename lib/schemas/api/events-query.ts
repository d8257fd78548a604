import { z } from "zod";
import { EVENT_TYPE_CODES } from "@/lib/vocab";
import {
  actorListParam,
  bomParam,
  codeListParam,
  formatParam,
  keyParam,
  limitParam,
  pageParam,
  searchParam,
  sortParam,
  yearParam,
} from "./params";
import { checkYearOrder } from "./year-range";

// The events filter, shared by GET /api/v1/events (JSON and CSV) and the timeline page.

export const EVENT_SORT_KEYS = ["date", "label", "type", "id"] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];
export type EventSort = EventSortKey | `-${EventSortKey}`;

export const EVENTS_MAX_LIMIT = 1000;
export const EVENTS_DEFAULT_LIMIT = 100;

export const eventsQueryShape = {
  dataset: keyParam("dataset slug").optional().meta({ description: "Dataset slug, e.g. sino-soviet-1950-1980." }),
  phase: keyParam("phase key").optional().meta({ description: "Phase key: events assigned to that phase." }),
  year_from: yearParam().optional(),
  year_to: yearParam().optional(),
  type: codeListParam(EVENT_TYPE_CODES, "event type").optional(),
  actor: actorListParam()
    .optional()
    .meta({ description: "One or more actor codes, separated by commas: events involving any of them." }),
  q: searchParam().optional(),
  sort: sortParam(EVENT_SORT_KEYS, "date"),
  limit: limitParam(EVENTS_MAX_LIMIT, EVENTS_DEFAULT_LIMIT),
  page: pageParam().optional(),
  format: formatParam(),
  bom: bomParam(),
};

export const eventsQuerySchema = z.strictObject(eventsQueryShape).superRefine(checkYearOrder);

export type EventsQuery = z.output<typeof eventsQuerySchema>;
