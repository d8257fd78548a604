import { z } from "zod";

// The public shape of a figure's history (API v1): every change recorded in the audit log, newest
// first, each with who made it, when, why, and every changed field's old and new value.

const auditChangeSchema = z.object({
  field: z.string().meta({ description: "The stored column, e.g. value, valuePrinted, periodStart, flags, notes." }),
  old: z.unknown().meta({ description: "The value before (null when the row was created)." }),
  new: z.unknown().meta({ description: "The value after (null when the row was deleted)." }),
});

const figureHistoryEntrySchema = z.object({
  id: z.int().positive(),
  at: z.string().meta({ description: "When, as an ISO 8601 timestamp (UTC)." }),
  actor: z.string().meta({ description: "The curator (or import) that made the change." }),
  action: z.enum(["create", "update", "delete"]),
  reason: z.string().nullable().meta({ description: "Why, in the curator's words." }),
  importId: z.int().nullable().meta({ description: "The import that made the change, if one did." }),
  changes: z.array(auditChangeSchema),
});

export const figureHistoryResponseSchema = z.object({
  data: z.array(figureHistoryEntrySchema).meta({ description: "Newest first." }),
});

export type AuditChangeDto = z.infer<typeof auditChangeSchema>;
export type FigureHistoryEntryDto = z.infer<typeof figureHistoryEntrySchema>;
