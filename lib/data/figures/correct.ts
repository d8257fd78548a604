import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma as defaultPrisma } from "@/lib/db";
import { joinFlags, splitFlags } from "@/lib/db/flags";
import { figureColumns, type FigureColumns } from "@/lib/import/dataset/rows";
import { figureEntrySchema } from "@/lib/schemas/dataset-file";
import type { Translate } from "@/lib/i18n/translate";
import { diffColumns, recordAudit } from "../audit/record";
import {
  applyCorrection,
  correctionBaseline,
  fieldErrorsFromIssues,
  type Correction,
  type FieldErrors,
} from "../../schemas/correction-form";
import { figureFieldLabel } from "../../schemas/figure-field-labels";
import { figureEntryFromRow, figureEntryInclude } from "./entry";
import { bumpDatasetVersion } from "../datasets/bump-version";

// Applies one curator's correction to one figure, in one transaction: the figure's new values
// (with the columns derived from them, searchText and the years, recomputed by lib/import/dataset/rows.ts),
// an audit entry with every old and new value, who and why, and a new dataset version with a
// changelog entry. Either all of it is written or none. Nothing is ever deleted here.

export type CorrectionOutcome =
  | { ok: true; changed: string[]; version: number }
  | { ok: false; kind: "not_found" }
  | { ok: false; kind: "stale" }
  | { ok: false; kind: "unchanged" }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors; formErrors: string[] };

// What a correction can change, then what follows from it.
const EDITABLE = ["value", "valuePrinted", "qualifier", "periodStart", "periodEnd", "periodStatus", "periodText", "flags", "notes"] as const;
const FOLLOWING = ["yearStart", "yearEnd", "searchText"] as const;
type Column = (typeof EDITABLE)[number] | (typeof FOLLOWING)[number];

function pick(source: Pick<FigureColumns, Column>): Record<Column, unknown> {
  return Object.fromEntries([...EDITABLE, ...FOLLOWING].map((column) => [column, source[column]])) as Record<Column, unknown>;
}

export async function correctFigure(
  input: { figureId: number; actor: string; reason: string; baseline: string; correction: Correction; words?: Translate },
  prisma: PrismaClient = defaultPrisma,
): Promise<CorrectionOutcome> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.figure.findUnique({ where: { id: input.figureId }, include: figureEntryInclude });
    if (!row) return { ok: false, kind: "not_found" } as const;
    const current = { ...row, flags: splitFlags(row.flags) };
    if (correctionBaseline(current) !== input.baseline) return { ok: false, kind: "stale" } as const;

    const parsed = figureEntrySchema.safeParse(applyCorrection(figureEntryFromRow(row), input.correction));
    if (!parsed.success) return { ok: false, kind: "invalid", ...fieldErrorsFromIssues(parsed.error.issues, input.words) } as const;

    const wanted = figureColumns(parsed.data);
    // Flags are compared in their stored, sorted form, so re-ordering them is not a change.
    const before = pick({ ...row, flags: joinFlags(splitFlags(row.flags)) });
    const after = pick(wanted);
    const changes = diffColumns(before, after);
    if (!EDITABLE.some((column) => column in changes)) return { ok: false, kind: "unchanged" } as const;

    await tx.figure.update({
      where: { id: row.id },
      data: Object.fromEntries(Object.keys(changes).map((column) => [column, after[column as Column]])),
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: "update",
      entity: "figure",
      entityId: row.id,
      entityKey: row.key,
      datasetId: row.datasetId,
      changes,
      reason: input.reason,
    });
    const edited = EDITABLE.filter((column) => column in changes);
    const summary = `Corrected figure ${row.key} (${edited.map((column) => figureFieldLabel(column).toLowerCase()).join(", ")}): ${input.reason}`;
    const { to } = await bumpDatasetVersion(tx, row.datasetId, summary.slice(0, 1000));
    return { ok: true, changed: edited, version: to } as const;
  });
}
