"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actionTranslator } from "@/lib/actions/action-words";
import { LOGIN_KEYS, refusalMessage } from "@/lib/actions/refusal-words";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { checkLogin } from "@/lib/security/login";
import { safeNextPath } from "@/lib/security/next-path";
import { endSession, requireSameOriginInAction, startSession } from "@/lib/security/session";
import type { LoginState } from "@/lib/actions/action-state";
import { clientIp } from "@/lib/security/client-ip";

// Login and logout. Neither needs a session, but both must come from our own pages (Origin check):
// a login posted from another site could sign a visitor in as someone else, a logout could sign
// them out. Messages are in the page's language (the `auth.errors` messages; zod carries their keys).

const loginFormSchema = z.object({
  user: z.string().trim().min(1, { error: LOGIN_KEYS.userMissing }).max(200, { error: LOGIN_KEYS.userTooLong }),
  password: z.string().min(1, { error: LOGIN_KEYS.passwordMissing }).max(1024, { error: LOGIN_KEYS.passwordTooLong }),
  next: z.string().max(2000).optional(),
});

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const typedUser = (field(formData, "user") ?? "").slice(0, 200);
  const [t, refusals] = await Promise.all([actionTranslator("auth.errors"), actionTranslator("curation.messages")]);
  try {
    await requireSameOriginInAction();
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, message: refusalMessage(error.status, refusals), fieldErrors: {}, user: typedUser };
    throw error;
  }
  const parsed = loginFormSchema.safeParse({ user: field(formData, "user") ?? "", password: field(formData, "password") ?? "", next: field(formData, "next") });
  if (!parsed.success) {
    const fieldErrors: LoginState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0];
      if ((name === "user" || name === "password") && !fieldErrors[name]) fieldErrors[name] = t(issue.message);
    }
    return { status: 400, message: t(LOGIN_KEYS.missing), fieldErrors, user: typedUser };
  }
  const result = await checkLogin({ user: parsed.data.user, password: parsed.data.password, ip: clientIp(await headers()) });
  if (!result.ok) {
    const message =
      result.status === 401
        ? t(LOGIN_KEYS.wrong)
        : result.status === 429
          ? t(LOGIN_KEYS.tooMany, { seconds: String(result.retryAfterSeconds ?? 60) })
          : refusalMessage(result.status, refusals);
    return { status: result.status, message, fieldErrors: {}, user: typedUser };
  }
  await startSession();
  redirect(safeNextPath(parsed.data.next));
}

export async function logoutAction(): Promise<void> {
  await requireSameOriginInAction();
  await endSession();
  redirect("/login?logged_out=1");
}
