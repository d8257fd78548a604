"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { checkLogin } from "@/lib/security/login";
import { safeNextPath } from "@/lib/security/next-path";
import { endSession, requireSameOriginInAction, startSession } from "@/lib/security/session";
import type { LoginState } from "@/lib/actions/action-state";
import { clientIp } from "@/lib/security/client-ip";

// Login and logout. Neither needs a session, but both must come from our own pages (Origin check):
// a login posted from another site could sign a visitor in as someone else, a logout could sign
// them out.

const loginFormSchema = z.object({
  user: z.string().trim().min(1, { error: "Enter the user name." }).max(200, { error: "The user name is too long." }),
  password: z.string().min(1, { error: "Enter the password." }).max(1024, { error: "The password is too long." }),
  next: z.string().max(2000).optional(),
});

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const typedUser = (field(formData, "user") ?? "").slice(0, 200);
  try {
    await requireSameOriginInAction();
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, message: error.message, fieldErrors: {}, user: typedUser };
    throw error;
  }
  const parsed = loginFormSchema.safeParse({ user: field(formData, "user") ?? "", password: field(formData, "password") ?? "", next: field(formData, "next") });
  if (!parsed.success) {
    const fieldErrors: LoginState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0];
      if ((name === "user" || name === "password") && !fieldErrors[name]) fieldErrors[name] = issue.message;
    }
    return { status: 400, message: "Enter a user name and a password.", fieldErrors, user: typedUser };
  }
  const result = await checkLogin({ user: parsed.data.user, password: parsed.data.password, ip: clientIp(await headers()) });
  if (!result.ok) return { status: result.status, message: result.message, fieldErrors: {}, user: typedUser };
  await startSession();
  redirect(safeNextPath(parsed.data.next));
}

export async function logoutAction(): Promise<void> {
  await requireSameOriginInAction();
  await endSession();
  redirect("/login?logged_out=1");
}
