import { ACTOR_KINDS, SOURCE_KIND_CODES } from "@/lib/vocab";
import { ACTOR_CODE, KEY, PARTIAL_DATE, TEXT_GUARD, text, type FieldSpec } from "./datapackage-fields";
import type { ActorHeader, ChangelogHeader, PhaseHeader, RateHeader, SourceHeader } from "./datapackage-tables";

// What every column of the package's other tables means (datapackage-tables.ts), as Frictionless
// Table Schema fields; keyed by the headers' literal types, so a column without a description does
// not compile.

const year = (description: string): FieldSpec => ({ type: "integer", description });
const CURRENCY_OR_UNIT = "^[A-Z][A-Z0-9_]*$";

export const ACTOR_FIELD_SPECS: Record<ActorHeader, FieldSpec> = {
  code: text("The actor's code, as the figures and events name it: an ISO 3166-1 alpha-3 country code, or the dataset's own.", { required: true, unique: true, pattern: ACTOR_CODE }),
  name: text(`The actor's name.${TEXT_GUARD}`, { required: true }),
  kind: text("What sort of actor it is.", { required: true, enum: ACTOR_KINDS }),
  start_year: year("The year the actor came into being, when the dataset states it (a state that no longer exists)."),
  end_year: year("The year the actor ceased to exist, when the dataset states it."),
  native_name: text(`The name in the actor's own language and script.${TEXT_GUARD}`),
  description: text(`A short description.${TEXT_GUARD}`),
};

export const SOURCE_FIELD_SPECS: Record<SourceHeader, FieldSpec> = {
  key: text("The source's key, as the figures and events name it.", { required: true, unique: true, pattern: KEY }),
  kind: text("primary (the work the dataset is built from), cited (a work the primary source cites) or reference (literature used to explain units or flags).", {
    required: true,
    enum: SOURCE_KIND_CODES,
  }),
  author: text(`The author or authors.${TEXT_GUARD}`, { required: true }),
  year: text("The year of publication.", { pattern: "^[0-9]{4}$" }),
  title: text(`The title.${TEXT_GUARD}`, { required: true }),
  citation: text(`The full reference, as the figures' source_citation gives it.${TEXT_GUARD}`, { required: true }),
  url: { type: "string", format: "uri", description: "Where the work can be read." },
};

export const PHASE_FIELD_SPECS: Record<PhaseHeader, FieldSpec> = {
  key: text("The phase's key, as the events name it. Rows are in the phases' order.", { required: true, unique: true, pattern: KEY }),
  label: text(`The phase's name.${TEXT_GUARD}`, { required: true }),
  description: text(`What characterises the phase.${TEXT_GUARD}`, { required: true }),
  start_year: year("The phase's first year."),
  end_year: year("The phase's last year."),
};

export const CHANGELOG_FIELD_SPECS: Record<ChangelogHeader, FieldSpec> = {
  version: { type: "integer", description: "The dataset version the entry describes.", constraints: { required: true, unique: true } },
  date: text("The day the version was made (YYYY-MM-DD).", { required: true, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }),
  summary: text(`What the version changed.${TEXT_GUARD}`, { required: true }),
};

export const RATE_FIELD_SPECS: Record<RateHeader, FieldSpec> = {
  key: text("The rate's key.", { required: true, unique: true, pattern: KEY }),
  unit: text("The unit counted: `rate` of it equal one `per_unit`.", { required: true, pattern: CURRENCY_OR_UNIT }),
  per_unit: text("The unit of one.", { required: true, pattern: CURRENCY_OR_UNIT }),
  rate: { type: "number", description: "How many `unit` make one `per_unit` while the rate holds.", constraints: { required: true } },
  valid_from: text("The first day the rate holds, at the precision known (YYYY, YYYY-MM or YYYY-MM-DD).", { required: true, pattern: PARTIAL_DATE }),
  valid_to: text("The last day the rate holds, in the same form; empty while it still holds.", { pattern: PARTIAL_DATE }),
  description: text(`What the rate is and how it applies.${TEXT_GUARD}`, { required: true }),
  source_title: text(`Where the rate comes from.${TEXT_GUARD}`, { required: true }),
  source_url: { type: "string", format: "uri", description: "The address of that source." },
};
