import type { DeclaredCategory } from "@/lib/vocab/vocabulary";

// A plain table: a CSV of flows as people keep them, without the export's key column (and without
// the columns only the export writes, id and permalink: an export whose key column was deleted
// would otherwise add every figure a second time under a new key). Only from, to, value, unit and
// period_start are needed, and a source (a column, or `--source` for every row that has none).
// Every other column may be left out or left empty, and gets an honest default:
// - key: made from the row's content (derived-key.ts);
// - label: the actors, the unit and the period, "USA → FRA, US dollars, 1948–1952" (fill-defaults.ts);
// - value_printed: the value cell exactly as written in the file;
// - qualifier: exact (the file gives the number without a hedge);
// - period_end: the start (a figure for 1948 covers 1948); period_status: stated when the file
//   gives a start, unknown otherwise;
// - category and kind: not_stated, never a guess (the category is declared in the dataset's
//   metadata, NOT_STATED_CATEGORY, so a curator can see and replace it);
// - price_basis: not_stated for money, none otherwise;
// - provenance: the source as a whole, unless the row fills a section, phrase, table cell or locator.

export const PLAIN_TABLE_COLUMNS = ["from", "to", "value", "unit", "period_start"] as const;

export const NOT_STATED = "not_stated";

export const NOT_STATED_CATEGORY: DeclaredCategory = { code: NOT_STATED, label: "Not stated" };

/** The defaults a row of a plain table needs that depend on the dataset, filled once it is known. */
export interface DefaultsToFill {
  label: boolean;
  source: boolean;
  priceBasis: boolean;
}
