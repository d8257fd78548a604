"use client";

import { useActionState } from "react";
import { loginAction } from "@/lib/actions/auth";
import { INITIAL_LOGIN_STATE } from "@/lib/actions/action-state";
import styles from "./forms.module.css";

// The curator login form. Works without JavaScript too (the server action answers a plain POST).
// One message for a wrong user name or password: the form never says which of the two was wrong.
export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(loginAction, INITIAL_LOGIN_STATE);
  const userError = state.fieldErrors.user;
  const passwordError = state.fieldErrors.password;
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.message ? (
        <p role="alert" className={`notice warn ${styles.error}`} id="login-message">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <div className={styles.field}>
        <label htmlFor="login-user">User name</label>
        <input
          id="login-user"
          name="user"
          className={styles.input}
          autoComplete="username"
          required
          defaultValue={state.user}
          aria-invalid={userError ? true : undefined}
          aria-describedby={userError ? "login-user-error" : undefined}
        />
        {userError ? (
          <p id="login-user-error" className={styles.error}>
            {userError}
          </p>
        ) : null}
      </div>
      <div className={styles.field}>
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          name="password"
          type="password"
          className={styles.input}
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "login-password-error" : undefined}
        />
        {passwordError ? (
          <p id="login-password-error" className={styles.error}>
            {passwordError}
          </p>
        ) : null}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Logging in…" : "Log in"}
        </button>
      </div>
    </form>
  );
}
