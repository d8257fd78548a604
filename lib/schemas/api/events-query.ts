import { z } from "zod";
import { EVENT_TYPE_CODES } from "@/lib/vocab";
import { actorListParam, codeListParam, datasetFilterParam, downloadParams, keyParam, pagingParams, searchParam, yearRangeParams } from "./params";
import { checkYearOrder } from "./year-range";

// The events filter, shared by GET /api/v1/events (JSON and CSV) and the timeline page.

const EVENT_SORT_KEYS = ["date", "label", "type", "id"] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];
export type EventSort = EventSortKey | `-${EventSortKey}`;

export const EVENTS_MAX_LIMIT = 1000;
const EVENTS_DEFAULT_LIMIT = 100;

export const eventsQueryShape = {
  dataset: datasetFilterParam(),
  phase: keyParam("phase key").optional().meta({ description: "Phase key: events assigned to that phase." }),
  ...yearRangeParams(),
  type: codeListParam(EVENT_TYPE_CODES, "event type").optional(),
  actor: actorListParam()
    .optional()
    .meta({ description: "One or more actor codes, separated by commas: events involving any of them." }),
  q: searchParam().optional(),
  ...pagingParams(EVENT_SORT_KEYS, "date", EVENTS_MAX_LIMIT, EVENTS_DEFAULT_LIMIT),
  ...downloadParams(),
};

export const eventsQuerySchema = z.strictObject(eventsQueryShape).superRefine(checkYearOrder);

export type EventsQuery = z.output<typeof eventsQuerySchema>;
