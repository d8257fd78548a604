import { joinFlags } from "@/lib/db/flags";
import type { EventEntry, FigureEntry } from "@/lib/schemas/dataset-file";
import { yearOf } from "@/lib/schemas/partial-date";
import { foldForSearch } from "@/lib/schemas/text";

// Turns a validated file entry into the column values stored for it. Foreign keys are resolved by
// the caller, which knows the ids; everything else is computed here, in one place, so that the
// seed and the CSV import store identical rows for identical input.

export function figureSearchText(parts: { label: string; phrase: string | null; valuePrinted: string; notes: string | null }): string {
  return foldForSearch([parts.label, parts.phrase ?? "", parts.valuePrinted, parts.notes ?? ""].join(" "));
}

/** What figures and events both keep of where the source states them. */
interface QuotedColumns {
  citedRef: string | null;
  flags: string;
  notes: string | null;
  searchText: string;
}

function quotedColumns(entry: FigureEntry | EventEntry): Omit<QuotedColumns, "searchText"> {
  return {
    citedRef: entry.cited?.ref ?? null,
    flags: joinFlags(entry.flags),
    notes: entry.notes,
  };
}

/** Where in its source a figure is stated (lib/vocab/provenance.ts); only the fields its kind uses are filled. */
interface ProvenanceColumns {
  provenance: string;
  section: string | null;
  phrase: string | null;
  cellTable: string | null;
  cellRow: string | null;
  cellColumn: string | null;
  locator: string | null;
}

function provenanceColumns(entry: FigureEntry): ProvenanceColumns {
  return {
    provenance: entry.provenance,
    section: entry.section,
    phrase: entry.phrase,
    cellTable: entry.cell?.table ?? null,
    cellRow: entry.cell?.row ?? null,
    cellColumn: entry.cell?.column ?? null,
    locator: entry.locator,
  };
}

export interface FigureColumns extends QuotedColumns, ProvenanceColumns {
  key: string;
  label: string;
  category: string;
  kind: string;
  value: number;
  valuePrinted: string;
  unit: string;
  priceBasis: string | null;
  priceYear: number | null;
  denomination: string | null;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  periodStatus: string;
  periodText: string | null;
  yearStart: number | null;
  yearEnd: number | null;
  derived: boolean;
  derivation: string | null;
}

/** The columns computed from others: they follow a change and are never edited or audited. */
export const FOLLOWING_FIGURE_COLUMNS = ["yearStart", "yearEnd", "searchText"] as const satisfies readonly (keyof FigureColumns)[];

/**
 * Every FigureColumns column, in the order audit entries list them. That none is missing is checked
 * where the list meets the model (lib/data/figures/rows.ts, FIGURE_COLUMNS).
 */
export const FIGURE_COLUMN_NAMES = [
  "key",
  "label",
  "category",
  "kind",
  "value",
  "valuePrinted",
  "unit",
  "priceBasis",
  "priceYear",
  "denomination",
  "qualifier",
  "periodStart",
  "periodEnd",
  "periodStatus",
  "periodText",
  "yearStart",
  "yearEnd",
  "derived",
  "derivation",
  "provenance",
  "section",
  "phrase",
  "cellTable",
  "cellRow",
  "cellColumn",
  "locator",
  "citedRef",
  "flags",
  "notes",
  "searchText",
] as const satisfies readonly (keyof FigureColumns)[];

export function figureColumns(entry: FigureEntry): FigureColumns {
  return {
    key: entry.key,
    label: entry.label,
    category: entry.category,
    kind: entry.kind,
    value: entry.value,
    valuePrinted: entry.printed,
    unit: entry.unit,
    priceBasis: entry.priceBasis,
    priceYear: entry.priceYear,
    denomination: entry.denomination,
    qualifier: entry.qualifier,
    periodStart: entry.period.start,
    periodEnd: entry.period.end,
    periodStatus: entry.period.status,
    periodText: entry.period.text,
    yearStart: entry.period.start === null ? null : yearOf(entry.period.start),
    yearEnd: entry.period.end === null ? null : yearOf(entry.period.end),
    derived: entry.derived,
    derivation: entry.derivation,
    ...provenanceColumns(entry),
    ...quotedColumns(entry),
    searchText: figureSearchText({ label: entry.label, phrase: entry.phrase, valuePrinted: entry.printed, notes: entry.notes }),
  };
}

export interface EventColumns extends QuotedColumns {
  key: string;
  section: string;
  phrase: string;
  date: string;
  endDate: string | null;
  dateText: string;
  dateStatus: string;
  yearStart: number;
  yearEnd: number;
  label: string;
  type: string;
}

export function eventColumns(entry: EventEntry): EventColumns {
  return {
    key: entry.key,
    date: entry.date,
    endDate: entry.endDate,
    dateText: entry.dateText,
    dateStatus: entry.dateStatus,
    yearStart: yearOf(entry.date),
    yearEnd: yearOf(entry.endDate ?? entry.date),
    label: entry.label,
    type: entry.type,
    section: entry.section,
    phrase: entry.phrase,
    ...quotedColumns(entry),
    searchText: foldForSearch([entry.label, entry.phrase, entry.dateText, entry.notes ?? ""].join(" ")),
  };
}

/** The names of the columns that differ between a stored row and the row a file asks for. */
export function changedColumns<T extends object>(stored: Record<string, unknown>, wanted: T): (keyof T)[] {
  return (Object.keys(wanted) as (keyof T)[]).filter((column) => {
    const a = stored[column as string];
    const b = wanted[column];
    return !(a === b || (a === null && b === undefined) || (a === undefined && b === null));
  });
}
