"use client";

import { useActionState, useEffect, useRef } from "react";
import { FieldHint, FormField } from "@/components/ui/form-field";
import { correctFigureAction } from "@/lib/actions/correct-figure";
import type { CorrectionState } from "@/lib/actions/action-state";
import type { CorrectionField, CorrectionValues } from "@/lib/schemas/correction-form";
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
        <FormField {...field("value")} label="Value" hint={`Written out in ${unitLabel}, digits only: 300 million is 300000000.`}>
          {(control) => <input {...control} name="value" inputMode="decimal" autoComplete="off" defaultValue={values.value} />}
        </FormField>
        <FormField {...field("printed")} label="Printed value" hint="Exactly as the source prints it, e.g. “$300 million”.">
          {(control) => <input {...control} name="printed" autoComplete="off" defaultValue={values.printed} />}
        </FormField>
      </div>

      <FormField {...field("qualifier")} label="Qualifier">
        {(control) => (
          <select {...control} name="qualifier" defaultValue={values.qualifier}>
            {Object.entries(QUALIFIERS).map(([code, qualifier]) => (
              <option key={code} value={code}>
                {qualifier.label}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Period</legend>
        <FormField {...field("periodStatus")} label="Status">
          {(control) => (
            <select {...control} name="periodStatus" defaultValue={values.periodStatus}>
              {Object.entries(PERIOD_STATUSES).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FieldHint id={PERIOD_HINT_ID}>
          Dates as YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives. A total over 1950–1962 is one span: start 1950,
          end 1962. Leave both empty when the period is not stated.
        </FieldHint>
        <div className={styles.row}>
          <FormField {...field("periodStart")} label="Start" sharedHintId={PERIOD_HINT_ID}>
            {(control) => <input {...control} name="periodStart" autoComplete="off" defaultValue={values.periodStart} />}
          </FormField>
          <FormField {...field("periodEnd")} label="End" sharedHintId={PERIOD_HINT_ID}>
            {(control) => <input {...control} name="periodEnd" autoComplete="off" defaultValue={values.periodEnd} />}
          </FormField>
        </div>
        <FormField {...field("periodText")} label="In the source’s words">
          {(control) => <input {...control} name="periodText" autoComplete="off" defaultValue={values.periodText} />}
        </FormField>
      </fieldset>

      <FormField {...field("notes")} label="Notes">
        {(control) => <textarea {...control} name="notes" defaultValue={values.notes} />}
      </FormField>

      <CorrectionFlags checked={values.flags} error={state.fieldErrors.flags} />

      <FormField
        {...field("reason")}
        label="Reason for the correction (required)"
        hint="Kept in the figure’s history and the dataset’s changelog, e.g. “Typo: the source prints 1,816 million”."
      >
        {(control) => <textarea {...control} name="reason" required defaultValue={values.reason} />}
      </FormField>

      <div className={styles.actions}>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Saving…" : "Save correction"}
        </button>
      </div>
    </form>
  );
}
