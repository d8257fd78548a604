import { z } from "zod";
import {
  ACTOR_KINDS,
  CATEGORY_CODE_PATTERN,
  EVENT_TYPE_CODES,
  FLAG_CODES,
  KIND_CODES,
  PERIOD_STATUS_CODES,
  QUALIFIER_CODES,
  SOURCE_KIND_CODES,
  UNIT_CODE_PATTERN,
} from "@/lib/vocab";
import { DENOMINATED_CURRENCY, DENOMINATION_CODES, PRICE_BASIS_CODES, YEAR_PRICE_BASES } from "@/lib/vocab/basis";
import { PROVENANCE, PROVENANCE_KINDS } from "@/lib/vocab/provenance";
import { isOrderedPeriod, MAX_YEAR, MIN_YEAR, parsePartialDate } from "./partial-date";
import { datasetMetaSchema } from "./dataset-meta";
import { cleanText, countWords } from "./text";

// A partial date (lib/schemas/partial-date.ts), as a schema.
const partialDateSchema = z
  .string()
  .refine((value) => parsePartialDate(value) !== null, {
    message: `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, with a year from ${MIN_YEAR} to ${MAX_YEAR}`,
  });

// The schema of a dataset file (prisma/data/*.yaml): the reviewed, human-readable form of a dataset.
// The seed validates the file with it before writing anything.

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "must be lower-case words joined by hyphens" })
  .max(80);
const actorCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,11}$/, { message: "must be an upper-case code" });
const phrase = cleanText(300).refine((text) => countWords(text) <= 12, {
  message: "must be at most 12 words",
});

export const sourceEntrySchema = z.strictObject({
  key,
  kind: z.enum(SOURCE_KIND_CODES),
  author: cleanText(300),
  year: z.string().regex(/^\d{4}$/).nullable(),
  title: cleanText(500),
  citation: cleanText(1000),
  url: z.url().nullable(),
});

const actorYear = z.int().min(MIN_YEAR).max(MAX_YEAR);

/** A declared actor. The years it existed are optional: a country that still exists has no end. */
export const actorEntrySchema = z
  .strictObject({
    code: actorCode,
    name: cleanText(120),
    nativeName: cleanText(200).nullable(),
    kind: z.enum(ACTOR_KINDS),
    description: cleanText(500).nullable(),
    startYear: actorYear.nullable().default(null),
    endYear: actorYear.nullable().default(null),
  })
  .superRefine((actor, ctx) => {
    if (actor.startYear !== null && actor.endYear !== null && actor.endYear < actor.startYear)
      ctx.addIssue({ code: "custom", message: "the actor ends before it starts", path: ["endYear"] });
  });
export type ActorEntry = z.infer<typeof actorEntrySchema>;

const phaseEntrySchema = z.strictObject({
  key,
  label: cleanText(120),
  description: cleanText(1000),
  startYear: z.int().nullable(),
  endYear: z.int().nullable(),
});

const periodSchema = z
  .strictObject({
    start: partialDateSchema.nullable(),
    end: partialDateSchema.nullable(),
    status: z.enum(PERIOD_STATUS_CODES),
    text: cleanText(200).nullable(),
  })
  .superRefine((period, ctx) => {
    if (period.status === "unknown") {
      if (period.start !== null || period.end !== null)
        ctx.addIssue({ code: "custom", message: "an unknown period has no start or end", path: ["status"] });
      return;
    }
    if (period.start === null || period.end === null) {
      ctx.addIssue({ code: "custom", message: "a stated or inferred period needs a start and an end", path: ["start"] });
      return;
    }
    // Zod runs this refinement even when a date failed its own check; only valid dates can be ordered.
    if (parsePartialDate(period.start) && parsePartialDate(period.end) && !isOrderedPeriod(period.start, period.end))
      ctx.addIssue({ code: "custom", message: "the period ends before it starts", path: ["end"] });
  });

/**
 * What the figure's kind of provenance lacks: a phrase needs its section and words, a cell its
 * table, row and column, a page its locator. A cell is described only for a cell.
 */
function provenanceIssues(figure: {
  provenance: keyof typeof PROVENANCE;
  section: string | null;
  phrase: string | null;
  cell: object | null;
  locator: string | null;
}): { message: string; path: string[] }[] {
  const needs = `${figure.provenance} provenance needs ${PROVENANCE[figure.provenance].needs}`;
  switch (figure.provenance) {
    case "phrase":
      return [
        ...(figure.section === null ? [{ message: needs, path: ["section"] }] : []),
        ...(figure.phrase === null ? [{ message: needs, path: ["phrase"] }] : []),
        ...(figure.cell !== null ? [{ message: "only a cell provenance describes a table cell", path: ["cell"] }] : []),
      ];
    case "cell":
      return figure.cell === null ? [{ message: needs, path: ["cell"] }] : [];
    case "page":
      return [
        ...(figure.locator === null ? [{ message: needs, path: ["locator"] }] : []),
        ...(figure.cell !== null ? [{ message: "only a cell provenance describes a table cell", path: ["cell"] }] : []),
      ];
    case "source":
      return figure.cell !== null ? [{ message: "only a cell provenance describes a table cell", path: ["cell"] }] : [];
  }
}

/** The parts of a money basis that go together; whether the unit is money at all is the vocabulary's to say. */
function moneyBasisIssues(figure: { unit: string; priceBasis: string | null; priceYear: number | null; denomination: string | null }) {
  const issues: { message: string; path: string[] }[] = [];
  if (YEAR_PRICE_BASES.includes(figure.priceBasis ?? "") !== (figure.priceYear !== null))
    issues.push({ message: "constant prices and a gold parity need their year, and only they have one", path: ["priceYear"] });
  if (figure.denomination !== null && figure.unit !== DENOMINATED_CURRENCY)
    issues.push({ message: `only rubles (${DENOMINATED_CURRENCY}) have a denomination`, path: ["denomination"] });
  return issues;
}

export const figureEntrySchema = z
  .strictObject({
    key,
    label: cleanText(200),
    // Whether the category and the unit are known depends on the dataset's declarations: checked
    // against its vocabulary (lib/import/vocabulary-issues.ts), here only their form.
    category: z.string().max(40).regex(CATEGORY_CODE_PATTERN, { message: "must be a category code: lower-case words joined by underscores" }),
    kind: z.enum(KIND_CODES),
    from: actorCode.nullable(),
    to: actorCode.nullable(),
    value: z.number().finite().nonnegative(),
    printed: cleanText(80),
    unit: z.string().regex(UNIT_CODE_PATTERN, { message: "must be a unit code: letters, digits and underscores, starting with a letter" }),
    // For money (lib/vocab/basis.ts): the price basis, its year where it has one, the ruble's denomination.
    priceBasis: z.enum(PRICE_BASIS_CODES).nullable().default(null),
    priceYear: z.int().min(MIN_YEAR).max(MAX_YEAR).nullable().default(null),
    denomination: z.enum(DENOMINATION_CODES).nullable().default(null),
    qualifier: z.enum(QUALIFIER_CODES),
    period: periodSchema,
    parent: key.nullable(),
    derived: z.boolean(),
    derivation: cleanText(500).nullable(),
    source: key,
    // Where in the source (lib/vocab/provenance.ts); the fields it needs are checked below.
    provenance: z.enum(PROVENANCE_KINDS).default("phrase"),
    section: cleanText(200).nullable().default(null),
    phrase: phrase.nullable().default(null),
    cell: z.strictObject({ table: cleanText(200), row: cleanText(200), column: cleanText(200) }).nullable().default(null),
    locator: cleanText(500).nullable().default(null),
    cited: z
      .strictObject({ ref: cleanText(200), source: key.nullable() })
      .nullable(),
    flags: z.array(z.enum(FLAG_CODES)),
    notes: cleanText(2000, { allowNewlines: true }).nullable(),
  })
  .superRefine((figure, ctx) => {
    provenanceIssues(figure).forEach((issue) => ctx.addIssue({ code: "custom", ...issue }));
    if (figure.derived !== (figure.derivation !== null))
      ctx.addIssue({ code: "custom", message: "a derived figure needs a derivation, and only a derived one", path: ["derivation"] });
    moneyBasisIssues(figure).forEach((issue) => ctx.addIssue({ code: "custom", ...issue }));
    if (new Set(figure.flags).size !== figure.flags.length)
      ctx.addIssue({ code: "custom", message: "a flag is listed twice", path: ["flags"] });
  });

const eventEntrySchema = z
  .strictObject({
    key,
    date: partialDateSchema,
    endDate: partialDateSchema.nullable(),
    dateText: cleanText(200),
    dateStatus: z.enum(["stated", "inferred"]),
    label: cleanText(300),
    type: z.enum(EVENT_TYPE_CODES),
    actors: z.array(actorCode),
    phase: key.nullable(),
    source: key,
    section: cleanText(200),
    phrase,
    cited: z.strictObject({ ref: cleanText(200), source: key.nullable() }).nullable(),
    flags: z.array(z.enum(FLAG_CODES)),
    notes: cleanText(2000, { allowNewlines: true }).nullable(),
  })
  .superRefine((event, ctx) => {
    if (
      event.endDate !== null &&
      parsePartialDate(event.date) &&
      parsePartialDate(event.endDate) &&
      !isOrderedPeriod(event.date, event.endDate)
    )
      ctx.addIssue({ code: "custom", message: "the event ends before it starts", path: ["endDate"] });
  });

const changelogEntrySchema = z.strictObject({
  version: z.int().positive(),
  date: z.iso.date(),
  summary: cleanText(4000, { allowNewlines: true }),
});

export const datasetFileSchema = z.strictObject({
  dataset: z.strictObject({
    slug: key,
    title: cleanText(300),
    description: cleanText(4000, { allowNewlines: true }),
    version: z.int().positive(),
    licence: cleanText(300),
    citation: cleanText(1000),
    lastUpdated: z.iso.date(),
    meta: datasetMetaSchema.default({}),
    /** What each version changed, the first release included; without it the seed writes a first-release entry. */
    changelog: z.array(changelogEntrySchema).default([]),
  }),
  sources: z.array(sourceEntrySchema).min(1),
  actors: z.array(actorEntrySchema),
  phases: z.array(phaseEntrySchema),
  figures: z.array(figureEntrySchema),
  events: z.array(eventEntrySchema),
});

export type DatasetFile = z.infer<typeof datasetFileSchema>;
export type FigureEntry = z.infer<typeof figureEntrySchema>;
export type EventEntry = z.infer<typeof eventEntrySchema>;

const conversionRateEntrySchema = z.strictObject({
  key,
  unit: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  perUnit: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  rate: z.number().positive().finite(),
  validFrom: partialDateSchema,
  validTo: partialDateSchema.nullable(),
  description: cleanText(1000),
  sourceTitle: cleanText(500),
  sourceUrl: z.url().nullable(),
});
export const conversionRatesFileSchema = z.strictObject({ rates: z.array(conversionRateEntrySchema) });
export type ConversionRateEntry = z.infer<typeof conversionRateEntrySchema>;
