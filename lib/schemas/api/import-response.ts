import { z } from "zod";
import { IMPORT_MODES } from "@/lib/import/mode";
import { IMPORT_STATUSES, importReportSchema } from "@/lib/import/report";

// The public shape of an import run (GET /api/v1/imports/{id}, curators only), which the upload
// page polls for progress and then shows. Parsed with this schema on the client as well.

const importProgressSchema = z.object({
  phase: z.enum(["waiting", "validating", "writing"]),
  done: z.int().nonnegative(),
  total: z.int().nonnegative(),
  /** 0–100, whole numbers; null while the total is not known yet. */
  percent: z.int().min(0).max(100).nullable(),
});

export const importRunDtoSchema = z.object({
  id: z.int().positive(),
  status: z.enum(IMPORT_STATUSES),
  finished: z.boolean(),
  dataset: z.object({ slug: z.string(), version: z.int().nullable() }).nullable(),
  actor: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  mode: z.enum(IMPORT_MODES),
  dryRun: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  rows: z.object({
    total: z.int(),
    added: z.int(),
    changed: z.int(),
    unchanged: z.int(),
    removed: z.int(),
  }),
  errorCount: z.int(),
  versionFrom: z.int().nullable(),
  versionTo: z.int().nullable(),
  progress: importProgressSchema.nullable(),
  report: importReportSchema.nullable(),
  links: z.object({ self: z.string(), html: z.string() }),
});

export type ImportProgressDto = z.infer<typeof importProgressSchema>;
export type ImportRunDto = z.infer<typeof importRunDtoSchema>;
