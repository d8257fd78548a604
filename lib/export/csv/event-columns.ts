import type { EventDto } from "@/lib/schemas/api/event-response";
import type { CsvColumn } from "./write";

// The events CSV, defined once.
export const EVENT_CSV_COLUMNS = [
  { header: "id", value: (e) => e.id },
  { header: "key", value: (e) => e.key },
  { header: "dataset", value: (e) => e.dataset },
  { header: "date", value: (e) => e.date },
  { header: "end_date", value: (e) => e.endDate },
  { header: "date_text", value: (e) => e.dateText },
  { header: "date_status", value: (e) => e.dateStatus },
  { header: "label", value: (e) => e.label },
  { header: "type", value: (e) => e.type },
  { header: "phase", value: (e) => e.phase?.key ?? null },
  { header: "actors", value: (e) => e.actors.map((actor) => actor.code).join(";") },
  { header: "source", value: (e) => e.source.key },
  { header: "source_citation", value: (e) => e.source.citation },
  { header: "section", value: (e) => e.section },
  { header: "phrase", value: (e) => e.phrase },
  { header: "cited_ref", value: (e) => e.citedRef },
  { header: "flags", value: (e) => e.flags.join(";") },
  { header: "notes", value: (e) => e.notes },
] as const satisfies readonly CsvColumn<EventDto>[];

export const EVENT_CSV_HEADERS = EVENT_CSV_COLUMNS.map((column) => column.header);
