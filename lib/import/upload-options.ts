import { z } from "zod";
import { datasetFileSchema } from "@/lib/schemas/dataset-file";

// What an upload says beyond its file (the query of POST /api/v1/imports): the source named for
// every row that names none, and what a dataset the import creates is called and how it is cited
// and licensed, and whether warnings refuse it, as `data:import --source --title --citation --licence --description --strict` say it. The
// route stores it beside the upload (uploads.ts) and the worker reads it back.

const dataset = datasetFileSchema.shape.dataset.shape;

export const uploadOptionsSchema = z.strictObject({
  source: dataset.citation.optional(),
  title: dataset.title.optional(),
  citation: dataset.citation.optional(),
  licence: dataset.licence.optional(),
  description: dataset.description.optional(),
  /** Warnings refuse the file. */
  strict: z.boolean().optional(),
});

export type UploadOptions = z.infer<typeof uploadOptionsSchema>;
