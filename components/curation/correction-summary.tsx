import type { Ref } from "react";
import type { CorrectionState } from "@/lib/actions/action-state";
import type { CorrectionField } from "@/lib/schemas/correction-form";
import { correctionFieldId } from "./correction-field-id";
import styles from "./forms.module.css";

// What a refused save says, at the top of the correction form: the reason, then one link per field
// error (to that field) and the errors that belong to no single field. The form focuses it.
export function CorrectionSummary({ state, ref }: { state: CorrectionState; ref: Ref<HTMLDivElement> }) {
  const fieldErrors = Object.entries(state.fieldErrors) as [CorrectionField, string][];
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={styles.summary} id="correction-summary">
      <p className={styles.message}>
        <strong>{state.message}</strong>
      </p>
      {fieldErrors.length > 0 || state.formErrors.length > 0 ? (
        <ul>
          {fieldErrors.map(([field, message]) => (
            <li key={field}>
              <a href={`#${correctionFieldId(field)}`}>{message}</a>
            </li>
          ))}
          {state.formErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
