import { csvFilename } from "@/lib/export/csv/filename";
import { FIGURE_FILTER_KEYS, FIGURES_MAX_LIMIT } from "@/lib/schemas/api/figures-query";
import { EVENTS_MAX_LIMIT } from "@/lib/schemas/api/events-query";
import { eventsViewToApiParams, type EventsView } from "@/lib/views/events/view";
import { figuresViewToApiParams, type FiguresView } from "@/lib/views/figures/view";

// The download links of a table view: the API's own URL for the same rows (same filters, same
// sort), without paging, as CSV (optionally with a BOM for Excel) or as JSON. The API streams CSV
// and returns every matching row; JSON comes in pages of at most 1,000 rows.

function withoutPaging(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete("page");
  next.delete("limit");
  next.delete("cursor");
  return next;
}

const href = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

export function figuresViewCsvHref(view: Partial<FiguresView>, { bom = false } = {}): string {
  const params = withoutPaging(figuresViewToApiParams(view));
  params.set("format", "csv");
  if (bom) params.set("bom", "true");
  return href("/api/v1/figures", params);
}

export function figuresViewJsonHref(view: Partial<FiguresView>): string {
  const params = withoutPaging(figuresViewToApiParams(view));
  params.set("limit", String(FIGURES_MAX_LIMIT));
  return href("/api/v1/figures", params);
}

export function figuresViewJsonName(view: Partial<FiguresView>, date?: Date): string {
  return csvFilename({
    dataset: view.dataset,
    entity: "figures",
    filters: FIGURE_FILTER_KEYS.filter((key) => key !== "dataset").map((key) => [key, view[key]]),
    date,
    extension: "json",
  });
}

export function eventsViewCsvHref(view: Partial<EventsView>, { bom = false } = {}): string {
  const params = withoutPaging(eventsViewToApiParams(view));
  params.set("format", "csv");
  if (bom) params.set("bom", "true");
  return href("/api/v1/events", params);
}

export function eventsViewJsonHref(view: Partial<EventsView>): string {
  const params = withoutPaging(eventsViewToApiParams(view));
  params.set("limit", String(EVENTS_MAX_LIMIT));
  return href("/api/v1/events", params);
}

export function eventsViewJsonName(view: Partial<EventsView>, date?: Date): string {
  const keys = ["phase", "year_from", "year_to", "type", "actor", "q"] as const;
  return csvFilename({ dataset: view.dataset, entity: "events", filters: keys.map((key) => [key, view[key]]), date, extension: "json" });
}

export const datapackageHref = (slug: string) => `/api/v1/datasets/${encodeURIComponent(slug)}/datapackage.zip`;
