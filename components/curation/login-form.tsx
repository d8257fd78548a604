"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { loginAction } from "@/lib/actions/auth";
import { INITIAL_LOGIN_STATE } from "@/lib/actions/action-state";
import styles from "./forms.module.css";

// The curator login form. Works without JavaScript too (the server action answers a plain POST).
// One message for a wrong user name or password: the form never says which of the two was wrong.
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth.login");
  const [state, formAction, pending] = useActionState(loginAction, INITIAL_LOGIN_STATE);
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.message ? (
        <p role="alert" className={`notice warn ${styles.message}`} id="login-message">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <FormField id="login-user" label={t("user")} error={state.fieldErrors.user}>
        {(control) => <input {...control} name="user" autoComplete="username" required defaultValue={state.user} />}
      </FormField>
      <FormField id="login-password" label={t("password")} error={state.fieldErrors.password}>
        {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required />}
      </FormField>
      <div className={styles.actions}>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
