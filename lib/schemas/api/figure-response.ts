import { z } from "zod";
import { CATEGORY_CODES, FLAG_CODES, KIND_CODES, PERIOD_STATUS_CODES, QUALIFIER_CODES } from "@/lib/vocab";
import { actorRefSchema, sourceRefSchema } from "./refs-response";

// The public shape of a figure (API v1). Codes are plain strings here rather than enums, so that a
// client keeps working when a vocabulary grows; the descriptions list today's codes.

const codes = (what: string, list: readonly string[]) => z.string().meta({ description: `${what}: ${list.join(", ")}.` });

export const figureDtoSchema = z.object({
  id: z.int().positive(),
  key: z.string().meta({ description: "Stable key within the dataset." }),
  dataset: z.string().meta({ description: "Dataset slug." }),
  label: z.string(),
  category: codes("Category code", CATEGORY_CODES),
  kind: codes("Kind code", KIND_CODES),
  from: actorRefSchema.nullable(),
  to: actorRefSchema.nullable(),
  value: z.number().meta({ description: "The number written out in `unit` (300 million is 300000000)." }),
  valuePrinted: z.string().meta({ description: "The value exactly as the source prints it; the authority." }),
  unit: z.string().meta({ description: "Unit code (see lib/vocab UNITS), e.g. USD, RUB, t, persons." }),
  currencyBasis: z.string().nullable().meta({ description: "For money: how the currency is to be read." }),
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
  section: z.string(),
  phrase: z.string().meta({ description: "The words that state the figure, verbatim." }),
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

export const figureSummarySchema = figureDtoSchema.pick({ ...figureSummaryFields, links: true });

export const figureDetailDtoSchema = figureDtoSchema.extend({
  parent: figureSummarySchema.nullable(),
  components: z.array(figureSummarySchema),
});

export type FigureDto = z.infer<typeof figureDtoSchema>;
export type FigureSummaryDto = z.infer<typeof figureSummarySchema>;
export type FigureDetailDto = z.infer<typeof figureDetailDtoSchema>;
