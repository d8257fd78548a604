import type { ReactNode } from "react";
import styles from "./form-field.module.css";

// One labelled form control: the label, an optional hint under it, the control, and its error
// right under the control. The hint and the error take ids derived from the control's id
// ("<id>-hint", "<id>-error"), so the summary at the top of a form and the tests can point at them;
// the control gets aria-describedby and aria-invalid from the same place, through `children`.

interface ControlProps {
  id: string;
  className: string | undefined;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** The id of a hint shared with other fields, read before the field's own hint. */
  sharedHintId?: string;
  children: (control: ControlProps) => ReactNode;
}

export function FormField({ id, label, hint, error, sharedHintId, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [sharedHintId, hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {children({ id, className: styles.input, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}

// A hint on its own, for one that several fields share (pass its id to each as sharedHintId).
export function FieldHint({ id, children }: { id: string | undefined; children: ReactNode }) {
  return (
    <p id={id} className={styles.hint}>
      {children}
    </p>
  );
}

// The look of a field's control, for a control that stands outside a FormField (a search box).
export const controlClassName = styles.input;

// The error of a field, or of a group of controls that is not one FormField (a set of checkboxes).
export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  return (
    <p id={id} className={styles.error}>
      {children}
    </p>
  );
}
