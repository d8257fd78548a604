import { joinFlags } from "@/lib/db/flags";
import type { EventEntry, FigureEntry } from "@/lib/schemas/dataset-file";
import { yearOf } from "@/lib/schemas/partial-date";
import { foldForSearch } from "@/lib/schemas/text";

// Turns a validated file entry into the column values stored for it. Foreign keys are resolved by
// the caller, which knows the ids; everything else is computed here, in one place, so that the
// seed and the CSV import store identical rows for identical input.

export function figureSearchText(parts: { label: string; phrase: string; valuePrinted: string; notes: string | null }): string {
  return foldForSearch([parts.label, parts.phrase, parts.valuePrinted, parts.notes ?? ""].join(" "));
}

/** What figures and events both keep of the passage that states them. */
interface QuotedColumns {
  section: string;
  phrase: string;
  citedRef: string | null;
  flags: string;
  notes: string | null;
  searchText: string;
}

function quotedColumns(entry: FigureEntry | EventEntry): Omit<QuotedColumns, "searchText"> {
  return {
    section: entry.section,
    phrase: entry.phrase,
    citedRef: entry.cited?.ref ?? null,
    flags: joinFlags(entry.flags),
    notes: entry.notes,
  };
}

export interface FigureColumns extends QuotedColumns {
  key: string;
  label: string;
  category: string;
  kind: string;
  value: number;
  valuePrinted: string;
  unit: string;
  currencyBasis: string | null;
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
  "currencyBasis",
  "qualifier",
  "periodStart",
  "periodEnd",
  "periodStatus",
  "periodText",
  "yearStart",
  "yearEnd",
  "derived",
  "derivation",
  "section",
  "phrase",
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
    currencyBasis: entry.basis,
    qualifier: entry.qualifier,
    periodStart: entry.period.start,
    periodEnd: entry.period.end,
    periodStatus: entry.period.status,
    periodText: entry.period.text,
    yearStart: entry.period.start === null ? null : yearOf(entry.period.start),
    yearEnd: entry.period.end === null ? null : yearOf(entry.period.end),
    derived: entry.derived,
    derivation: entry.derivation,
    ...quotedColumns(entry),
    searchText: figureSearchText({ label: entry.label, phrase: entry.phrase, valuePrinted: entry.printed, notes: entry.notes }),
  };
}

export interface EventColumns extends QuotedColumns {
  key: string;
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
