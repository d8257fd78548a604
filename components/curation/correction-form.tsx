"use client";

import { useActionState, useEffect, useRef } from "react";
import { correctFigureAction } from "@/lib/actions/correct-figure";
import type { CorrectionState } from "@/lib/actions/action-state";
import type { CorrectionField, CorrectionValues } from "@/lib/schemas/correction-form";
import { FLAGS, PERIOD_STATUSES, QUALIFIERS, type Flag } from "@/lib/vocab";
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

const id = (field: CorrectionField) => `correction-${field}`;

export function CorrectionForm({ figureId, baseline, unitLabel, initial }: Props) {
  const initialState: CorrectionState = { status: 0, message: null, fieldErrors: {}, formErrors: [], values: initial };
  const [state, formAction, pending] = useActionState(correctFigureAction, initialState);
  const summary = useRef<HTMLDivElement>(null);
  const values = state.values;
  const errors = state.fieldErrors;
  const errorEntries = Object.entries(errors) as [CorrectionField, string][];

  useEffect(() => {
    if (state.status >= 400) summary.current?.focus();
  }, [state]);

  const describedBy = (field: CorrectionField, hint = false) =>
    [hint ? `${id(field)}-hint` : null, errors[field] ? `${id(field)}-error` : null].filter(Boolean).join(" ") || undefined;
  const invalid = (field: CorrectionField) => (errors[field] ? true : undefined);
  const errorText = (field: CorrectionField) =>
    errors[field] ? (
      <p id={`${id(field)}-error`} className={styles.error}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.status >= 400 ? (
        <div ref={summary} tabIndex={-1} role="alert" className={styles.summary} id="correction-summary">
          <p className={styles.error}>
            <strong>{state.message}</strong>
          </p>
          {errorEntries.length > 0 || state.formErrors.length > 0 ? (
            <ul>
              {errorEntries.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${id(field)}`}>{message}</a>
                </li>
              ))}
              {state.formErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <input type="hidden" name="figureId" value={figureId} />
      <input type="hidden" name="baseline" value={baseline} />

      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={id("value")}>Value</label>
          <p id={`${id("value")}-hint`} className={styles.hint}>
            Written out in {unitLabel}, digits only: 300 million is 300000000.
          </p>
          <input
            id={id("value")}
            name="value"
            inputMode="decimal"
            autoComplete="off"
            className={styles.input}
            defaultValue={values.value}
            aria-invalid={invalid("value")}
            aria-describedby={describedBy("value", true)}
          />
          {errorText("value")}
        </div>
        <div className={styles.field}>
          <label htmlFor={id("printed")}>Printed value</label>
          <p id={`${id("printed")}-hint`} className={styles.hint}>
            Exactly as the source prints it, e.g. “$300 million”.
          </p>
          <input
            id={id("printed")}
            name="printed"
            autoComplete="off"
            className={styles.input}
            defaultValue={values.printed}
            aria-invalid={invalid("printed")}
            aria-describedby={describedBy("printed", true)}
          />
          {errorText("printed")}
        </div>
      </div>

      <div className={styles.field}>
        <label htmlFor={id("qualifier")}>Qualifier</label>
        <select
          id={id("qualifier")}
          name="qualifier"
          className={styles.input}
          defaultValue={values.qualifier}
          aria-invalid={invalid("qualifier")}
          aria-describedby={describedBy("qualifier")}
        >
          {Object.entries(QUALIFIERS).map(([code, qualifier]) => (
            <option key={code} value={code}>
              {qualifier.label}
            </option>
          ))}
        </select>
        {errorText("qualifier")}
      </div>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Period</legend>
        <div className={styles.field}>
          <label htmlFor={id("periodStatus")}>Status</label>
          <select
            id={id("periodStatus")}
            name="periodStatus"
            className={styles.input}
            defaultValue={values.periodStatus}
            aria-invalid={invalid("periodStatus")}
            aria-describedby={describedBy("periodStatus")}
          >
            {Object.entries(PERIOD_STATUSES).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
          {errorText("periodStatus")}
        </div>
        <p id="correction-period-hint" className={styles.hint}>
          Dates as YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives. A total over 1950–1962 is one span:
          start 1950, end 1962. Leave both empty when the period is not stated.
        </p>
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor={id("periodStart")}>Start</label>
            <input
              id={id("periodStart")}
              name="periodStart"
              autoComplete="off"
              className={styles.input}
              defaultValue={values.periodStart}
              aria-invalid={invalid("periodStart")}
              aria-describedby={["correction-period-hint", describedBy("periodStart")].filter(Boolean).join(" ")}
            />
            {errorText("periodStart")}
          </div>
          <div className={styles.field}>
            <label htmlFor={id("periodEnd")}>End</label>
            <input
              id={id("periodEnd")}
              name="periodEnd"
              autoComplete="off"
              className={styles.input}
              defaultValue={values.periodEnd}
              aria-invalid={invalid("periodEnd")}
              aria-describedby={["correction-period-hint", describedBy("periodEnd")].filter(Boolean).join(" ")}
            />
            {errorText("periodEnd")}
          </div>
        </div>
        <div className={styles.field}>
          <label htmlFor={id("periodText")}>In the source’s words</label>
          <input
            id={id("periodText")}
            name="periodText"
            autoComplete="off"
            className={styles.input}
            defaultValue={values.periodText}
            aria-invalid={invalid("periodText")}
            aria-describedby={describedBy("periodText")}
          />
          {errorText("periodText")}
        </div>
      </fieldset>

      <div className={styles.field}>
        <label htmlFor={id("notes")}>Notes</label>
        <textarea
          id={id("notes")}
          name="notes"
          className={styles.input}
          defaultValue={values.notes}
          aria-invalid={invalid("notes")}
          aria-describedby={describedBy("notes")}
        />
        {errorText("notes")}
      </div>

      <fieldset className={styles.fieldset} aria-describedby={errors.flags ? `${id("flags")}-error` : undefined}>
        <legend className={styles.legend} id={id("flags")} tabIndex={-1}>
          Flags
        </legend>
        <ul className={styles.checks}>
          {(Object.entries(FLAGS) as [Flag, (typeof FLAGS)[Flag]][]).map(([code, flag]) => (
            <li key={code} className={styles.check}>
              <input
                type="checkbox"
                id={`correction-flag-${code}`}
                name="flags"
                value={code}
                defaultChecked={values.flags.includes(code)}
              />
              <label htmlFor={`correction-flag-${code}`}>{flag.label}</label>
            </li>
          ))}
        </ul>
        {errorText("flags")}
      </fieldset>

      <div className={styles.field}>
        <label htmlFor={id("reason")}>Reason for the correction (required)</label>
        <p id={`${id("reason")}-hint`} className={styles.hint}>
          Kept in the figure’s history and the dataset’s changelog, e.g. “Typo: the source prints 1,816 million”.
        </p>
        <textarea
          id={id("reason")}
          name="reason"
          required
          className={styles.input}
          defaultValue={values.reason}
          aria-invalid={invalid("reason")}
          aria-describedby={describedBy("reason", true)}
        />
        {errorText("reason")}
      </div>

      <div className={styles.actions}>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Saving…" : "Save correction"}
        </button>
      </div>
    </form>
  );
}
