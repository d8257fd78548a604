import { FieldError } from "@/components/ui/form-field";
import { FLAGS, type Flag } from "@/lib/vocab";
import { correctionFieldId } from "./correction-field-id";
import styles from "./forms.module.css";

// The figure's flags as a set of checkboxes. The legend carries the field's id, so the error
// summary's link lands on the group.
export function CorrectionFlags({ checked, error }: { checked: string[]; error: string | undefined }) {
  const id = correctionFieldId("flags");
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend} id={id} tabIndex={-1}>
        Flags
      </legend>
      <ul className={styles.checks}>
        {(Object.entries(FLAGS) as [Flag, (typeof FLAGS)[Flag]][]).map(([code, flag]) => (
          <li key={code} className={styles.check}>
            <input type="checkbox" id={`correction-flag-${code}`} name="flags" value={code} defaultChecked={checked.includes(code)} />
            <label htmlFor={`correction-flag-${code}`}>{flag.label}</label>
          </li>
        ))}
      </ul>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </fieldset>
  );
}
