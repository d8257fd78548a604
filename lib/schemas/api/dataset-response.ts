import { z } from "zod";
import { datasetMetaSchema } from "../dataset-meta";

// The public shape of a dataset (API v1): its metadata, how to cite it, and what it holds.
export const datasetDtoSchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  version: z.int().positive().meta({ description: "Bumped by every import that changes something." }),
  licence: z.string(),
  citation: z.string().meta({ description: "How to cite the dataset (APA style, without the access date)." }),
  lastUpdated: z.string().meta({ description: "Date (YYYY-MM-DD) the data last changed." }),
  meta: datasetMetaSchema.meta({
    description: "What the dataset says about itself: the two sides its overview sets against each other, its headline figures (by key) and notes on how it was made. Every part is optional.",
  }),
  counts: z.object({ figures: z.int(), events: z.int(), sources: z.int() }),
  links: z.object({ self: z.url(), figures: z.url(), events: z.url() }),
});

const changelogEntrySchema = z.object({ version: z.int(), date: z.string(), summary: z.string() });

export const datasetDetailDtoSchema = datasetDtoSchema.extend({
  changelog: z.array(changelogEntrySchema).meta({ description: "Newest first." }),
});

export type DatasetDto = z.infer<typeof datasetDtoSchema>;
export type DatasetDetailDto = z.infer<typeof datasetDetailDtoSchema>;
