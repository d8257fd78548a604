import type { RawParams } from "../raw-params";
import { OVERVIEW_PARAM_KEYS } from "./param-codes";

// The query a page was asked with, as URLSearchParams: for the links an overview page writes (an
// embed's "full view") and for the addresses without a dataset (/present, /embed/<chart>, and /
// with overview parameters), which send the visitor on to the default dataset with the same query.

export function searchOf(raw: RawParams): URLSearchParams {
  return new URLSearchParams(
    Object.entries(raw).flatMap(([key, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item) => [key, item]))),
  );
}

/** Whether the query asks for an overview view (an old link to / from before there were several datasets). */
export function hasOverviewParams(raw: RawParams): boolean {
  return OVERVIEW_PARAM_KEYS.some((key) => raw[key] !== undefined);
}
