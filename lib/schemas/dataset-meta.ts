import { z } from "zod";
import { CATEGORY_CODE_PATTERN, UNIT_CODE_PATTERN } from "@/lib/vocab";
import type { DeclaredCategory, DeclaredCurrency, DeclaredUnit } from "@/lib/vocab/vocabulary";
import { cleanText } from "./text";

// What a dataset says about itself beyond its title and citation: which two actors its overview
// sets against each other, which figures head it, and how it was made. It travels with the data
// (the dataset file, the data package, the API) so that no code has to name a dataset, its actors
// or its figure keys. Every part is optional: without sides the overview picks the pair of actors
// with the most flows between them, and without headline cards it shows the largest flows.

const figureKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "must be lower-case words joined by hyphens" })
  .max(80);
const actorCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,11}$/, { message: "must be an upper-case code" });

const headlineCardSchema = z.strictObject({
  title: cleanText(120),
  /** Figures shown on the card, each on its own line: never summed. */
  keys: z.array(figureKey).min(1).max(6),
  note: cleanText(500).optional(),
});

// The dataset's own vocabulary (lib/vocab/vocabulary.ts): counts of named things, currencies outside
// ISO 4217 (or ISO ones it names its own way) and categories beyond the core list.
const declaredUnitSchema = z.strictObject({
  code: z.string().regex(UNIT_CODE_PATTERN, { message: "must be letters, digits and underscores, starting with a letter" }),
  label: cleanText(80),
  noun: cleanText(80),
  symbol: cleanText(40).optional(),
  group: cleanText(60),
}) satisfies z.ZodType<DeclaredUnit>;
const declaredCurrencySchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{3}$/, { message: "must be three upper-case letters" }),
  name: cleanText(80),
  noun: cleanText(80).optional(),
}) satisfies z.ZodType<DeclaredCurrency>;
const declaredCategorySchema = z.strictObject({
  code: z.string().regex(CATEGORY_CODE_PATTERN, { message: "must be lower-case words joined by underscores" }).max(40),
  label: cleanText(80),
}) satisfies z.ZodType<DeclaredCategory>;

// A declared actor's name in another language of the interface ("ka"), with its usual short form.
// `translated` says whether the name is a translation made for Aidflow rather than one the source prints.
const actorNameSchema = z.strictObject({ name: cleanText(200), short: cleanText(40).optional(), translated: z.boolean() });
// A declared unit group's name in another language, by the family code the group becomes
// (familyCode in lib/vocab/units.ts: "Rolling stock" -> "rolling_stock"), flagged like an actor's.
const familyCodeKey = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:_[\p{Ll}\p{Lo}\p{N}]+)*$/u, { message: "must be a family code: the group's name in lower case, words joined by underscores" }).max(60);
const familyNameSchema = z.strictObject({ name: cleanText(80), translated: z.boolean() });

export const datasetMetaSchema = z.strictObject({
  /** The two actors the ledger, the balance and the flow diagram set against each other. */
  sides: z.strictObject({ a: actorCode, b: actorCode }).optional(),
  headline: z.array(headlineCardSchema).max(12).optional(),
  /** How the data was extracted, and what it leaves out (the methodology page). */
  notes: z
    .strictObject({
      extraction: z.array(cleanText(2000)),
      gaps: z.array(cleanText(2000)),
    })
    .optional(),
  units: z.array(declaredUnitSchema).max(500).optional(),
  currencies: z.array(declaredCurrencySchema).max(100).optional(),
  categories: z.array(declaredCategorySchema).max(200).optional(),
  /** Actor code → language code → the actor's name in that language. */
  actorNames: z.record(actorCode, z.record(z.string().regex(/^[a-z]{2,3}$/), actorNameSchema)).optional(),
  /** Unit family code (a declared unit group's, "rolling_stock") → language code → the family's name in that language. */
  familyNames: z.record(familyCodeKey, z.record(z.string().regex(/^[a-z]{2,3}$/), familyNameSchema)).optional(),
});

export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type HeadlineCardSpec = z.infer<typeof headlineCardSchema>;

/** The stored JSON read back; a value that no longer fits the schema counts as no metadata. */
export function parseDatasetMeta(json: string): DatasetMeta {
  try {
    const parsed = datasetMetaSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
