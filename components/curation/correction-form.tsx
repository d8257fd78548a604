"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FieldHint, FormField } from "@/components/ui/form-field";
import { correctFigureAction } from "@/lib/actions/correct-figure";
import type { CorrectionState } from "@/lib/actions/action-state";
import type { CorrectionField, CorrectionValues } from "@/lib/schemas/correction-form";
import { useVocab } from "@/lib/i18n/use-vocab";
import { PERIOD_STATUSES, QUALIFIERS } from "@/lib/vocab";
import { CorrectionFlags } from "./correction-flags";
import { correctionFieldId } from "./correction-field-id";
import { CorrectionSummary } from "./correction-summary";
import styles from "./forms.module.css";

// The correction form of one figure. Each field has a visible label, a hint where the format is not
// obvious, and its error right under it (tied with aria-describedby); after a refused save, a
// summary at the top takes focus and links to each field. Works without JavaScript as well.

interface Props {
  figureId: number;
  baseline: string;
  unitLabel: string;
  initial: CorrectionValues;
}

const PERIOD_HINT_ID = "correction-period-hint";

export function CorrectionForm({ figureId, baseline, unitLabel, initial }: Props) {
  const t = useTranslations("curation.form");
  const vocab = useVocab();
  const initialState: CorrectionState = { status: 0, message: null, fieldErrors: {}, formErrors: [], values: initial };
  const [state, formAction, pending] = useActionState(correctFigureAction, initialState);
  const summary = useRef<HTMLDivElement>(null);
  const values = state.values;

  useEffect(() => {
    if (state.status >= 400) summary.current?.focus();
  }, [state]);

  const field = (name: CorrectionField) => ({ id: correctionFieldId(name), error: state.fieldErrors[name] });

  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.status >= 400 ? <CorrectionSummary ref={summary} state={state} /> : null}

      <input type="hidden" name="figureId" value={figureId} />
      <input type="hidden" name="baseline" value={baseline} />

      <div className={styles.row}>
        <FormField {...field("value")} label={t("value")} hint={t("valueHint", { unit: unitLabel })}>
          {(control) => <input {...control} name="value" inputMode="decimal" autoComplete="off" defaultValue={values.value} />}
        </FormField>
        <FormField {...field("printed")} label={t("printed")} hint={t("printedHint")}>
          {(control) => <input {...control} name="printed" autoComplete="off" defaultValue={values.printed} />}
        </FormField>
      </div>

      <FormField {...field("qualifier")} label={t("qualifier")}>
        {(control) => (
          <select {...control} name="qualifier" defaultValue={values.qualifier}>
            {Object.keys(QUALIFIERS).map((code) => (
              <option key={code} value={code}>
                {vocab.qualifier(code)}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("period")}</legend>
        <FormField {...field("periodStatus")} label={t("periodStatus")}>
          {(control) => (
            <select {...control} name="periodStatus" defaultValue={values.periodStatus}>
              {Object.keys(PERIOD_STATUSES).map((code) => (
                <option key={code} value={code}>
                  {vocab.periodStatus(code)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FieldHint id={PERIOD_HINT_ID}>{t("periodHint")}</FieldHint>
        <div className={styles.row}>
          <FormField {...field("periodStart")} label={t("periodStart")} sharedHintId={PERIOD_HINT_ID}>
            {(control) => <input {...control} name="periodStart" autoComplete="off" defaultValue={values.periodStart} />}
          </FormField>
          <FormField {...field("periodEnd")} label={t("periodEnd")} sharedHintId={PERIOD_HINT_ID}>
            {(control) => <input {...control} name="periodEnd" autoComplete="off" defaultValue={values.periodEnd} />}
          </FormField>
        </div>
        <FormField {...field("periodText")} label={t("periodText")}>
          {(control) => <input {...control} name="periodText" autoComplete="off" defaultValue={values.periodText} />}
        </FormField>
      </fieldset>

      <FormField {...field("notes")} label={t("notes")}>
        {(control) => <textarea {...control} name="notes" defaultValue={values.notes} />}
      </FormField>

      <CorrectionFlags checked={values.flags} error={state.fieldErrors.flags} />

      <FormField
        {...field("reason")}
        label={t("reason")}
        hint={t("reasonHint")}
      >
        {(control) => <textarea {...control} name="reason" required defaultValue={values.reason} />}
      </FormField>

      <div className={styles.actions}>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  );
}
