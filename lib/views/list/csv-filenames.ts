import { csvFilename } from "@/lib/export/csv/filename";
import type { EventsQuery } from "@/lib/schemas/api/events-query";
import { FIGURE_FILTER_KEYS, type FiguresQuery } from "@/lib/schemas/api/figures-query";

// File names for the CSV exports, naming the filters that chose the rows (the dataset has its own
// slot in the name, so it is not repeated among the filters).

export function figuresCsvFilename(query: FiguresQuery, date?: Date): string {
  const filters = FIGURE_FILTER_KEYS.filter((key) => key !== "dataset").map((key) => [key, query[key]] as [string, unknown]);
  return csvFilename({ dataset: query.dataset, entity: "figures", filters, date });
}

export function eventsCsvFilename(query: EventsQuery, date?: Date): string {
  const keys = ["phase", "year_from", "year_to", "type", "actor", "q"] as const;
  return csvFilename({ dataset: query.dataset, entity: "events", filters: keys.map((key) => [key, query[key]]), date });
}
