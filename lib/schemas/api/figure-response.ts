import { z } from "zod";
import { CATEGORY_CODES, FLAG_CODES, KIND_CODES, PERIOD_STATUS_CODES, QUALIFIER_CODES } from "@/lib/vocab";
import { PROVENANCE_KINDS } from "@/lib/vocab/provenance";
import { DENOMINATION_CODES, PRICE_BASIS_CODES } from "@/lib/vocab/basis";
import { actorRefSchema, sourceRefSchema } from "./refs-response";

// The public shape of a figure (API v1). Codes are plain strings here rather than enums, so that a
// client keeps working when a vocabulary grows; the descriptions list today's codes.

const codes = (what: string, list: readonly string[]) => z.string().meta({ description: `${what}: ${list.join(", ")}.` });

/** The figure's unit, resolved by the server, so that a client can name it without a lookup. */
const unitInfoSchema = z
  .object({
    label: z.string().meta({ description: 'The unit\'s name: "US dollars", "Metric tons", "Persons".' }),
    noun: z.string().meta({ description: 'The plural noun after a number: "metric tons".' }),
    symbol: z.string().meta({ description: 'The short form after a number in charts: "t", "km²"; a currency\'s code.' }),
    family: z.string().meta({ description: 'The unit\'s family: "money", "mass", "length", "area", "duration" or a group the dataset declares ("people").' }),
    familyLabel: z.string().meta({ description: 'The family\'s name: "Money", "People".' }),
  })
  .meta({ description: "The unit resolved: its names and its family. Figures are compared only within one unit." });

export const figureDtoSchema = z.object({
  id: z.int().positive(),
  key: z.string().meta({ description: "Stable key within the dataset." }),
  dataset: z.string().meta({ description: "Dataset slug." }),
  label: z.string(),
  category: z.string().meta({ description: `Category code: one of the core ones (${CATEGORY_CODES.join(", ")}) or one the dataset declares.` }),
  kind: codes("Kind code", KIND_CODES),
  from: actorRefSchema.nullable(),
  to: actorRefSchema.nullable(),
  value: z.number().meta({ description: "The number written out in `unit` (300 million is 300000000)." }),
  valuePrinted: z.string().meta({ description: "The value exactly as the source prints it; the authority." }),
  unit: z.string().meta({ description: "Unit code: an ISO 4217 currency (USD), a unit of mass, length, area or time (t, km2), or a unit the dataset declares (persons)." }),
  unitInfo: unitInfoSchema,
  priceBasis: codes("For money, the price basis", PRICE_BASIS_CODES).nullable(),
  priceYear: z.int().nullable().meta({ description: "For money at constant prices or at a gold parity: the year." }),
  denomination: codes("For rubles, the denomination", DENOMINATION_CODES).nullable(),
  qualifier: codes("Qualifier code", QUALIFIER_CODES),
  period: z.object({
    start: z.string().nullable().meta({ description: "ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD." }),
    end: z.string().nullable(),
    status: codes("Period status", PERIOD_STATUS_CODES),
    text: z.string().nullable().meta({ description: "The period in the source's own words." }),
    yearStart: z.int().nullable(),
    yearEnd: z.int().nullable(),
  }),
  parentId: z.int().nullable(),
  parentKey: z.string().nullable(),
  derived: z.boolean(),
  derivation: z.string().nullable(),
  source: sourceRefSchema,
  citedSource: sourceRefSchema.nullable(),
  provenance: codes("Where in the source the figure is stated", PROVENANCE_KINDS),
  section: z.string().nullable().meta({ description: "The section of the source that states the figure; required for phrase provenance." }),
  phrase: z.string().nullable().meta({ description: "The words that state the figure, verbatim; required for phrase provenance, null for a table cell." }),
  cell: z
    .object({ table: z.string(), row: z.string(), column: z.string() })
    .nullable()
    .meta({ description: "For cell provenance: the table, row and column of the cell, as the table labels them." }),
  locator: z.string().nullable().meta({ description: "A page number or an address (URL); required for page provenance." }),
  citedRef: z.string().nullable(),
  flags: z.array(codes("Flag code", FLAG_CODES)),
  notes: z.string().nullable(),
  links: z.object({
    self: z.url().meta({ description: "This figure in the API." }),
    html: z.url().meta({ description: "The figure's page." }),
  }),
});

/** The fields of a figure's short form (a parent, a component); its rows are read with them as the select. */
export const figureSummaryFields = { id: true, key: true, label: true, value: true, valuePrinted: true, unit: true, qualifier: true } as const;

export const figureSummarySchema = figureDtoSchema.pick({ ...figureSummaryFields, unitInfo: true, links: true });

export const figureDetailDtoSchema = figureDtoSchema.extend({
  parent: figureSummarySchema.nullable(),
  components: z.array(figureSummarySchema),
});

export type FigureDto = z.infer<typeof figureDtoSchema>;
export type FigureSummaryDto = z.infer<typeof figureSummarySchema>;
export type FigureDetailDto = z.infer<typeof figureDetailDtoSchema>;
