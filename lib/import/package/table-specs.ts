import { conversionRatesFileSchema, datasetFileSchema, sourceEntrySchema, type EventEntry } from "@/lib/schemas/dataset-file";
import { renamed, type TableSpec } from "../table-rows";

// How the tables of a data package are read (lib/export/datapackage-tables.ts writes them): each
// column, how its cells read, and the dataset file's own schema for the entries, so that a table
// from a package obeys exactly the rules the reviewed dataset file does.

const phaseEntrySchema = datasetFileSchema.shape.phases.element;
const changelogEntrySchema = datasetFileSchema.shape.dataset.shape.changelog.unwrap().element;
const rateEntrySchema = conversionRatesFileSchema.shape.rates.element;
const eventEntrySchema = datasetFileSchema.shape.events.element;

export const SOURCE_TABLE = renamed(
  { key: "key", kind: "kind", author: "author", year: "year", title: "title", citation: "citation", url: "url" },
  {
    columns: {
      key: { type: "text", required: true },
      kind: { type: "text", required: true },
      author: { type: "text", required: true },
      year: { type: "text" },
      title: { type: "text", required: true },
      citation: { type: "text", required: true },
      url: { type: "text" },
    },
    schema: sourceEntrySchema,
    unique: { column: "key", what: "source" },
  },
);

export const PHASE_TABLE = renamed(
  { key: "key", label: "label", description: "description", start_year: "startYear", end_year: "endYear" },
  {
    columns: {
      key: { type: "text", required: true },
      label: { type: "text", required: true },
      description: { type: "text", required: true },
      start_year: { type: "year" },
      end_year: { type: "year" },
    },
    schema: phaseEntrySchema,
    unique: { column: "key", what: "phase" },
  },
);

export const CHANGELOG_TABLE = renamed(
  { version: "version", date: "date", summary: "summary" },
  {
    columns: { version: { type: "integer", required: true }, date: { type: "text", required: true }, summary: { type: "text", required: true } },
    schema: changelogEntrySchema,
    unique: { column: "version", what: "version" },
  },
);

export const RATE_TABLE = renamed(
  {
    key: "key",
    unit: "unit",
    per_unit: "perUnit",
    rate: "rate",
    valid_from: "validFrom",
    valid_to: "validTo",
    description: "description",
    source_title: "sourceTitle",
    source_url: "sourceUrl",
  },
  {
    columns: {
      key: { type: "text", required: true },
      unit: { type: "text", required: true },
      per_unit: { type: "text", required: true },
      rate: { type: "number", required: true },
      valid_from: { type: "text", required: true },
      valid_to: { type: "text" },
      description: { type: "text", required: true },
      source_title: { type: "text", required: true },
      source_url: { type: "text" },
    },
    schema: rateEntrySchema,
    unique: { column: "key", what: "rate" },
  },
);

const EVENT_COLUMN_OF_FIELD: Record<string, string> = { endDate: "end_date", dateText: "date_text", dateStatus: "date_status", cited: "cited_ref" };

/**
 * The events table: the columns of the events CSV export. `id` is the exporting database's number,
 * used only for the order new events are created in (plan-events.ts); `dataset` and
 * `source_citation` are checked against the package (check-package.ts).
 */
export const EVENT_TABLE: TableSpec<EventEntry> = {
  columns: {
    id: { type: "integer" },
    key: { type: "text", required: true },
    dataset: { type: "text" },
    date: { type: "text", required: true },
    end_date: { type: "text" },
    date_text: { type: "text", required: true },
    date_status: { type: "text", required: true },
    label: { type: "text", required: true },
    type: { type: "text", required: true },
    phase: { type: "text" },
    actors: { type: "list" },
    source: { type: "text", required: true },
    source_citation: { type: "text" },
    section: { type: "text", required: true },
    phrase: { type: "text", required: true },
    cited_ref: { type: "text" },
    flags: { type: "list" },
    notes: { type: "text" },
  },
  input: (cells) => {
    const citedRef = cells.get("cited_ref") ?? null;
    return {
      key: cells.get("key"),
      date: cells.get("date"),
      endDate: cells.get("end_date") ?? null,
      dateText: cells.get("date_text"),
      dateStatus: cells.get("date_status"),
      label: cells.get("label"),
      type: cells.get("type"),
      actors: cells.get("actors") ?? [],
      phase: cells.get("phase") ?? null,
      source: cells.get("source"),
      section: cells.get("section"),
      phrase: cells.get("phrase"),
      cited: citedRef === null ? null : { ref: citedRef, source: null },
      flags: cells.get("flags") ?? [],
      notes: cells.get("notes") ?? null,
    };
  },
  schema: eventEntrySchema,
  columnOf: ([field]) => EVENT_COLUMN_OF_FIELD[String(field)] ?? String(field),
  unique: { column: "key", what: "event" },
};
