import type { EVENT_CSV_COLUMNS } from "@/lib/export/csv/event-columns";
import type { FIGURE_CSV_COLUMNS } from "@/lib/export/csv/figure-columns";
import * as vocab from "@/lib/vocab";

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

const PARTIAL_DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
const ACTOR_CODE = "^[A-Z][A-Z0-9_]{1,11}$";
const KEY = "^[a-z0-9]+(-[a-z0-9]+)*$";
const codeList = (codes: readonly string[]) => `^((${codes.join("|")})(;(${codes.join("|")}))*)?$`;
const listed = (entries: [string, string][]) => entries.map(([code, label]) => `${code} (${label})`).join("; ");
const TEXT_GUARD =
  " Text cells that begin with =, +, -, @, a tab or a carriage return start with an apostrophe (') so that a spreadsheet shows them as text instead of running them as formulas.";

const text = (description: string, constraints?: FieldSpec["constraints"]): FieldSpec => ({ type: "string", description, ...(constraints ? { constraints } : {}) });

export const FIGURE_FIELD_SPECS: Record<FigureHeader, FieldSpec> = {
  id: { type: "integer", description: "Aidflow's number for the figure; its page is /figures/{id}.", constraints: { required: true, unique: true } },
  key: text("A stable name for the figure within its dataset. Imports match rows on it.", { required: true, unique: true, pattern: KEY }),
  dataset: text("The slug of the dataset the figure belongs to.", { required: true }),
  label: text(`A short description of the figure written by the editors.${TEXT_GUARD}`, { required: true }),
  category: text(`What the flow is about: ${listed(vocab.CATEGORY_CODES.map((code) => [code, vocab.CATEGORIES[code]]))}.`, { required: true, enum: vocab.CATEGORY_CODES }),
  kind: text("What sort of quantity the figure is (a commitment, a delivery, a stock at a date, a count over a period…).", { required: true, enum: vocab.KIND_CODES }),
  from: text("Code of the actor that gave or sent (e.g. USSR, PRC); empty for context figures such as treaty terms.", { pattern: ACTOR_CODE }),
  to: text("Code of the actor that received; empty for context figures such as treaty terms.", { pattern: ACTOR_CODE }),
  value: {
    type: "number",
    description:
      "The printed number written out in full, in the unit given in this row's `unit` column (Table Schema has no per-row unit, so the unit is a column of its own). 1.816 billion rubles is 1816000000 with unit RUB. Never rounded, converted or corrected; values in different units must never be added or compared. Read it together with `qualifier` (e.g. more than) and `value_printed`, which is the authority.",
    constraints: { required: true },
  },
  value_printed: text(`The number exactly as the source prints it ("$300 million", "1.816 billion", "half").${TEXT_GUARD}`, { required: true }),
  unit: text(`The unit of \`value\`: ${listed(vocab.UNIT_CODES.map((code) => [code, vocab.UNITS[code].label]))}.`, { required: true, enum: vocab.UNIT_CODES }),
  currency_basis: text(
    `For money only: how the currency is to be read. ${listed(vocab.CURRENCY_BASIS_CODES.map((code) => [code, vocab.CURRENCY_BASES[code].label]))}.`,
    { enum: vocab.CURRENCY_BASIS_CODES },
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
  period_status: text("stated (printed with the figure), inferred (from the surrounding text) or unknown (not stated).", { required: true, enum: vocab.PERIOD_STATUS_CODES }),
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
  section: text(`The heading of the source's section that states the figure.${TEXT_GUARD}`, { required: true }),
  phrase: text(`The words that state the figure, verbatim (at most twelve).${TEXT_GUARD}`, { required: true }),
  cited_ref: text(`The reference the source itself cites for the figure, as it cites it ("Zhang, 2009:3").${TEXT_GUARD}`),
  cited_source: text("The key of the cited work, when its full reference is known."),
  cited_source_citation: text("The full reference of the cited work."),
  flags: text(`Warnings, separated by semicolons: ${vocab.FLAG_CODES.join(", ")}. The methodology page explains each.`, { pattern: codeList(vocab.FLAG_CODES) }),
  notes: text(`The editors' explanation of the flags, the direction or the reading.${TEXT_GUARD}`),
  permalink: { type: "string", format: "uri", description: "The figure's page on Aidflow.", constraints: { required: true } },
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
