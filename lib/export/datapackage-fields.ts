import type { EVENT_CSV_COLUMNS } from "@/lib/export/csv/event-columns";
import type { FIGURE_CSV_COLUMNS } from "@/lib/export/csv/figure-columns";
import * as vocab from "@/lib/vocab";
import { PROVENANCE, PROVENANCE_KINDS } from "@/lib/vocab/provenance";
import { DENOMINATIONS, DENOMINATION_CODES, PRICE_BASES, PRICE_BASIS_CODES } from "@/lib/vocab/basis";
import { Vocabulary, type VocabularyDeclarations } from "@/lib/vocab/vocabulary";

// What every column of the exported CSV files means, as Frictionless Table Schema fields. The
// records are keyed by the CSV headers' literal types, so the compiler refuses a column without a
// description: add one here whenever lib/export/csv/*-columns.ts gains a column.
//
// Types: integer, number, boolean and string only. Dates are partial ISO dates ("1950",
// "1950-02", "1950-02-14": the length is the precision) and Frictionless' `date` type demands a
// full day, so they are strings with a pattern. Table Schema has no per-row unit: a figure's unit
// is in its `unit` column, and the `value` field says so.

export interface FieldSpec {
  type: "integer" | "number" | "string" | "boolean";
  description: string;
  format?: "uri";
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string };
  trueValues?: string[];
  falseValues?: string[];
}

export type FigureHeader = (typeof FIGURE_CSV_COLUMNS)[number]["header"];
export type EventHeader = (typeof EVENT_CSV_COLUMNS)[number]["header"];

export const PARTIAL_DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
export const ACTOR_CODE = "^[A-Z][A-Z0-9_]{1,11}$";
export const KEY = "^[a-z0-9]+(-[a-z0-9]+)*$";
const UNIT_CODE = vocab.UNIT_CODE_PATTERN.source;
const ACTOR_CODES = "an ISO 3166-1 alpha-3 country code (e.g. FRA), or a code the dataset declares with its name, kind and years (a state that no longer exists, a government, a region, an organisation)";
const codeList = (codes: readonly string[]) => `^((${codes.join("|")})(;(${codes.join("|")}))*)?$`;
const listed = (entries: [string, string][]) => entries.map(([code, label]) => `${code} (${label})`).join("; ");
export const TEXT_GUARD =
  " Text cells that begin with =, +, -, @, a tab or a carriage return start with an apostrophe (') so that a spreadsheet shows them as text instead of running them as formulas.";

export const text = (description: string, constraints?: FieldSpec["constraints"]): FieldSpec => ({ type: "string", description, ...(constraints ? { constraints } : {}) });

/**
 * The figures' fields for a dataset: its categories are the core ones and those it declares, and
 * its units are ISO 4217 currencies, physical units and those it declares (lib/vocab/vocabulary.ts).
 */
export function figureFieldSpecs(declared: VocabularyDeclarations): Record<FigureHeader, FieldSpec> {
  const vocabulary = new Vocabulary([declared]);
  const categories = vocabulary.categoryCodes();
  const declaredUnits = vocabulary.declaredUnits().map(({ code, info }): [string, string] => [code, info.label]);
  const unitList = declaredUnits.length > 0 ? `: ${listed(declaredUnits)}` : "";
  return {
    ...FIGURE_FIELD_SPECS,
    category: text(`What the flow is about: ${listed(categories.map((code) => [code, vocabulary.categoryLabel(code)!]))}.`, { required: true, enum: categories }),
    unit: text(
      `The unit of \`value\`: a currency of ISO 4217 (USD), a unit of mass, length, area or time (t, km, km2, sq_mi, years), or a unit the dataset declares${unitList}. Different units are never added.`,
      { required: true, pattern: UNIT_CODE },
    ),
  };
}

const FIGURE_FIELD_SPECS: Record<FigureHeader, FieldSpec> = {
  id: { type: "integer", description: "Aidflow's number for the figure; its page is /figures/{id}.", constraints: { required: true, unique: true } },
  key: text("A stable name for the figure within its dataset. Imports match rows on it.", { required: true, unique: true, pattern: KEY }),
  dataset: text("The slug of the dataset the figure belongs to.", { required: true }),
  label: text(`A short description of the figure written by the editors.${TEXT_GUARD}`, { required: true }),
  category: text("What the flow is about.", { required: true }),
  kind: text("What sort of quantity the figure is (a commitment, a delivery, a stock at a date, a count over a period…).", { required: true, enum: vocab.KIND_CODES }),
  from: text(`Code of the actor that gave or sent: ${ACTOR_CODES}; empty for context figures such as treaty terms.`, { pattern: ACTOR_CODE }),
  to: text(`Code of the actor that received: ${ACTOR_CODES}; empty for context figures such as treaty terms.`, { pattern: ACTOR_CODE }),
  value: {
    type: "number",
    description:
      "The printed number written out in full, in the unit given in this row's `unit` column (Table Schema has no per-row unit, so the unit is a column of its own). 1.816 billion rubles is 1816000000 with unit RUB. Never rounded, converted or corrected; values in different units must never be added or compared. Read it together with `qualifier` (e.g. more than) and `value_printed`, which is the authority.",
    constraints: { required: true },
  },
  value_printed: text(`The number exactly as the source prints it ("$300 million", "1.816 billion", "half").${TEXT_GUARD}`, { required: true }),
  unit: text("The unit of `value`.", { required: true, pattern: UNIT_CODE }),
  price_basis: text(
    `For money only (empty otherwise): the price basis. ${listed(PRICE_BASIS_CODES.map((code) => [code, PRICE_BASES[code]]))}. The currency is the unit itself.`,
    { enum: PRICE_BASIS_CODES },
  ),
  price_year: {
    type: "integer",
    description: "For money at constant prices or at a gold parity: the year of the prices or of the parity (1950 for dollars at the 1950 gold parity of $35 per troy ounce).",
  },
  denomination: text(
    `For rubles only: the denomination, which the 1961 reform changed (ten old rubles became one new ruble for prices, 4.44 for sums in foreign currency). ${listed(DENOMINATION_CODES.map((code) => [code, DENOMINATIONS[code]]))}.`,
    { enum: DENOMINATION_CODES },
  ),
  qualifier: text(
    `The source's hedge on the value: ${listed(vocab.QUALIFIER_CODES.map((code) => [code, vocab.QUALIFIERS[code].label]))}. "exact" means the number is given without a hedge, not that it is precise.`,
    { required: true, enum: vocab.QUALIFIER_CODES },
  ),
  period_start: text(
    "Start of the period the figure covers: an ISO 8601 date at the precision printed (YYYY, YYYY-MM or YYYY-MM-DD; the length is the precision). Empty when the source gives no period. A total over 1950–1962 is one value over the whole span, not a yearly amount.",
    { pattern: PARTIAL_DATE },
  ),
  period_end: text("End of the period, in the same form as period_start.", { pattern: PARTIAL_DATE }),
  period_status: text("stated (printed with the figure), inferred (from elsewhere in the source, or general knowledge, which the notes then name) or unknown (not stated).", { required: true, enum: vocab.PERIOD_STATUS_CODES }),
  period_text: text(`The period in the source's own words.${TEXT_GUARD}`),
  parent_key: text("The key of the total this figure is a component of, if any (a row of this file).", { pattern: KEY }),
  derived: {
    type: "boolean",
    description: "true when the number is not printed but follows from the text (\"half of which\"); see derivation.",
    trueValues: ["true"],
    falseValues: ["false"],
    constraints: { required: true },
  },
  derivation: text(`How a derived number follows from the text.${TEXT_GUARD}`),
  source: text("The key of the work the figure comes from (see the package's sources).", { required: true }),
  source_citation: text("The full reference of that work, as its source list gives it.", { required: true }),
  section: text(`The heading of the source's section that states the figure; required when provenance is phrase.${TEXT_GUARD}`),
  phrase: text(`The words that state the figure, verbatim (at most twelve); required when provenance is phrase, empty for a table cell.${TEXT_GUARD}`),
  provenance: text(`Where in the source the figure is stated: ${listed(PROVENANCE_KINDS.map((code) => [code, `${PROVENANCE[code].label}, with ${PROVENANCE[code].needs}`]))}.`, {
    required: true,
    enum: PROVENANCE_KINDS,
  }),
  cell_table: text(`For a table cell: the table, as the source names or numbers it.${TEXT_GUARD}`),
  cell_row: text(`For a table cell: the row, as the table labels it.${TEXT_GUARD}`),
  cell_column: text(`For a table cell: the column, as the table labels it.${TEXT_GUARD}`),
  locator: text(`A page number or an address (URL) where the figure is found; required when provenance is page.${TEXT_GUARD}`),
  cited_ref: text(`The reference the source itself cites for the figure, as it cites it ("Zhang, 2009:3").${TEXT_GUARD}`),
  cited_source: text("The key of the cited work, when its full reference is known."),
  cited_source_citation: text("The full reference of the cited work."),
  flags: text(`Warnings, separated by semicolons: ${vocab.FLAG_CODES.join(", ")}. The methodology page explains each.`, { pattern: codeList(vocab.FLAG_CODES) }),
  notes: text(`The editors' explanation of the flags, the direction or the reading.${TEXT_GUARD}`),
  permalink: { type: "string", format: "uri", description: "The figure's page on Aidflow.", constraints: { required: true } },
  year_start: {
    type: "integer",
    description: "The year period_start falls in, as a whole number, for filtering by year; empty when the period has no start. Derived from period_start (an import ignores this column).",
  },
  year_end: {
    type: "integer",
    description: "The year period_end falls in, as a whole number; empty when the period has no end. Derived from period_end (an import ignores this column).",
  },
};

export const EVENT_FIELD_SPECS: Record<EventHeader, FieldSpec> = {
  id: { type: "integer", description: "Aidflow's number for the event.", constraints: { required: true, unique: true } },
  key: text("A stable name for the event within its dataset.", { required: true, unique: true, pattern: KEY }),
  dataset: text("The slug of the dataset the event belongs to.", { required: true }),
  date: text("When the event happened: an ISO 8601 date at the precision printed (YYYY, YYYY-MM or YYYY-MM-DD).", { required: true, pattern: PARTIAL_DATE }),
  end_date: text("For events that last: when they ended, in the same form.", { pattern: PARTIAL_DATE }),
  date_text: text(`The date in the source's own words ("late summer 1952").${TEXT_GUARD}`, { required: true }),
  date_status: text("stated, or inferred when part of the date (usually the year) comes from the surrounding text.", { required: true, enum: ["stated", "inferred"] }),
  label: text(`What happened.${TEXT_GUARD}`, { required: true }),
  type: text("What kind of event it is.", { required: true, enum: vocab.EVENT_TYPE_CODES }),
  phase: text("The key of the period of the relationship the event falls in.", { pattern: KEY }),
  actors: text("Codes of the actors involved, separated by semicolons.", { pattern: "^([A-Z][A-Z0-9_]{1,11}(;[A-Z][A-Z0-9_]{1,11})*)?$" }),
  source: text("The key of the work the event comes from.", { required: true }),
  source_citation: text("The full reference of that work.", { required: true }),
  section: text(`The heading of the source's section that states the event.${TEXT_GUARD}`, { required: true }),
  phrase: text(`The words that state the event, verbatim.${TEXT_GUARD}`, { required: true }),
  cited_ref: text(`The reference the source cites for the event, as it cites it.${TEXT_GUARD}`),
  flags: text(`Warnings, separated by semicolons: ${vocab.FLAG_CODES.join(", ")}.`, { pattern: codeList(vocab.FLAG_CODES) }),
  notes: text(`The editors' notes.${TEXT_GUARD}`),
};
