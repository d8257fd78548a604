import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/form-field";
import { useVocab } from "@/lib/i18n/use-vocab";
import { FLAGS } from "@/lib/vocab";
import { correctionFieldId } from "./correction-field-id";
import styles from "./forms.module.css";

// The figure's flags as a set of checkboxes. The legend carries the field's id, so the error
// summary's link lands on the group.
export function CorrectionFlags({ checked, error }: { checked: string[]; error: string | undefined }) {
  const t = useTranslations("curation.form");
  const vocab = useVocab();
  const id = correctionFieldId("flags");
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend} id={id} tabIndex={-1}>
        {t("flags")}
      </legend>
      <ul className={styles.checks}>
        {Object.keys(FLAGS).map((code) => (
          <li key={code} className={styles.check}>
            <input type="checkbox" id={`correction-flag-${code}`} name="flags" value={code} defaultChecked={checked.includes(code)} />
            <label htmlFor={`correction-flag-${code}`}>{vocab.flag(code)}</label>
          </li>
        ))}
      </ul>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </fieldset>
  );
}
