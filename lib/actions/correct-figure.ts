"use server";

import { redirect } from "next/navigation";
import { actionTranslator } from "@/lib/actions/action-words";
import { CORRECTION_KEYS, refusalMessage } from "@/lib/actions/refusal-words";
import { ApiError } from "@/lib/api/errors";
import { requireCuratorInAction } from "@/lib/security/session";
import type { CorrectionState } from "@/lib/actions/action-state";
import { correctFigure } from "@/lib/data/figures/correct";
import { parseCorrection, readCorrectionForm } from "@/lib/schemas/correction-form";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";

// Saves a curator's correction of one figure (lib/data/figures/correct.ts does the work in one
// transaction). The session and the origin are checked before the form is even read.

const EMPTY_VALUES = readCorrectionForm(new FormData()).values;

export async function correctFigureAction(previous: CorrectionState | undefined, formData: FormData): Promise<CorrectionState> {
  const t = await actionTranslator("curation.messages");
  let actor: string;
  try {
    actor = (await requireCuratorInAction()).user;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, message: refusalMessage(error.status, t), fieldErrors: {}, formErrors: [], values: previous?.values ?? EMPTY_VALUES };
  }

  const { values, baseline } = readCorrectionForm(formData);
  const state = (status: number, message: string, extra: Partial<CorrectionState> = {}): CorrectionState => ({
    status,
    message,
    fieldErrors: {},
    formErrors: [],
    values,
    ...extra,
  });
  const id = figureIdParamSchema.safeParse(formData.get("figureId"));
  if (!id.success) return state(400, t(CORRECTION_KEYS.noFigure));

  const words = await actionTranslator("curation.fieldErrors");
  const parsed = parseCorrection(values, words);
  if (!parsed.ok) return state(400, t(CORRECTION_KEYS.invalid), { fieldErrors: parsed.fieldErrors });

  let outcome: Awaited<ReturnType<typeof correctFigure>>;
  try {
    outcome = await correctFigure({ figureId: id.data, actor, reason: parsed.reason, baseline, correction: parsed.correction, words });
  } catch (error) {
    // The transaction rolled back; the cause goes to the log, never to the page.
    console.error("[curation] correction failed:", error);
    return state(500, t(CORRECTION_KEYS.failed));
  }

  if (!outcome.ok) {
    switch (outcome.kind) {
      case "not_found":
        return state(404, t(CORRECTION_KEYS.not_found));
      case "stale":
        return state(409, t(CORRECTION_KEYS.stale));
      case "unchanged":
        return state(400, t(CORRECTION_KEYS.unchanged));
      case "invalid":
        return state(400, t(CORRECTION_KEYS.invalid), { fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors });
    }
  }
  redirect(`/curate/figures/${id.data}?saved=${outcome.version}`);
}
