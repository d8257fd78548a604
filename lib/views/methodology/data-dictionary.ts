// What each column of a figure and an event is called in the API and the CSV. The methodology page
// renders these tables, with each field's meaning from the methodology messages
// (methodology.fields.figure.<key> and .event.<key>); keep them in step with lib/export/csv/*-columns.ts.

export interface FieldDoc {
  /** The column names, as the API and the CSV spell them. */
  name: string;
  /** The message key of its meaning. */
  key: string;
}

export const FIGURE_FIELDS: FieldDoc[] = [
  { name: "id", key: "id" },
  { name: "key", key: "key" },
  { name: "dataset", key: "dataset" },
  { name: "label", key: "label" },
  { name: "category", key: "category" },
  { name: "kind", key: "kind" },
  { name: "from / to", key: "fromTo" },
  { name: "value", key: "value" },
  { name: "value_printed", key: "valuePrinted" },
  { name: "unit", key: "unit" },
  { name: "price_basis / price_year", key: "priceBasis" },
  { name: "denomination", key: "denomination" },
  { name: "qualifier", key: "qualifier" },
  { name: "period_start / period_end", key: "period" },
  { name: "period_status", key: "periodStatus" },
  { name: "period_text", key: "periodText" },
  { name: "parent_key", key: "parentKey" },
  { name: "derived / derivation", key: "derived" },
  { name: "source / source_citation", key: "source" },
  { name: "provenance", key: "provenance" },
  { name: "section", key: "section" },
  { name: "phrase", key: "phrase" },
  { name: "cell_table / cell_row / cell_column", key: "cell" },
  { name: "locator", key: "locator" },
  { name: "cited_ref / cited_source", key: "cited" },
  { name: "flags", key: "flags" },
  { name: "notes", key: "notes" },
  { name: "permalink", key: "permalink" },
  { name: "year_start / year_end", key: "years" },
];

export const EVENT_FIELDS: FieldDoc[] = [
  { name: "date / end_date", key: "date" },
  { name: "date_text", key: "dateText" },
  { name: "date_status", key: "dateStatus" },
  { name: "label / type", key: "labelType" },
  { name: "phase", key: "phase" },
  { name: "actors", key: "actors" },
  { name: "section / phrase / flags / notes", key: "provenance" },
];
