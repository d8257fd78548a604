import { z } from "zod";
import { hasForbiddenCharacters } from "@/lib/schemas/text";
import { IMPORT_MODES } from "@/lib/import/mode";
import { uploadOptionsSchema } from "@/lib/import/upload-options";
import { booleanParam, keyParam } from "./params";

// POST /api/v1/imports: the file (a CSV, or a data package's zip) is the request body; what to do
// with it is in the query.

const options = uploadOptionsSchema.shape;

export const importUploadQuerySchema = z.strictObject({
  dataset: keyParam("dataset slug")
    .optional()
    .meta({ description: "The dataset to import into (created if new). Default: the file's dataset column, or the data package's name." }),
  mode: z
    .enum(IMPORT_MODES, { error: 'must be "merge" or "replace"' })
    .default("merge")
    .meta({ description: "merge adds and updates; replace also removes the dataset's figures the file does not list." }),
  dry_run: booleanParam()
    .default(false)
    .meta({ description: "true: check the file and count what would change, without writing." }),
  strict: booleanParam()
    .default(false)
    .meta({ description: "true: refuse the file for its warnings (suspicious but legal input), as for its problems." }),
  file_name: z
    .string()
    .min(1, { error: "must not be empty" })
    .max(200, { error: "must be at most 200 characters" })
    .refine((name) => !hasForbiddenCharacters(name) && !/[/\\]/.test(name), {
      error: "must be a plain file name, without slashes or control characters",
    })
    .default("upload.csv")
    .meta({ description: "The uploaded file's name, recorded with the import." }),
  source: options.source.meta({ description: "The full reference of the source of every row that names none (a plain table's source)." }),
  title: options.title.meta({ description: "The title of a dataset the import creates (otherwise its slug, for a curator to replace)." }),
  citation: options.citation.meta({ description: "How to cite a dataset the import creates (otherwise \"Not stated\")." }),
  licence: options.licence.meta({ description: "The licence of a dataset the import creates (otherwise \"Not stated\")." }),
  description: options.description.meta({ description: "The description of a dataset the import creates (otherwise a placeholder)." }),
});

export const importIdParamSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, { error: "must be an import id (a whole number from 1)" })
  .transform(Number)
  .pipe(z.int().max(2_147_483_647, { error: "must be an import id (a whole number from 1)" }));
