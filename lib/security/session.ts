import { cookies, headers } from "next/headers";
import { getCurationConfig } from "@/lib/env";
import { SESSION_COOKIE, sessionCookieOptions } from "./cookie";
import { assertSameOrigin, checkCuratorAccess } from "./require-curator";
import { createSessionToken, verifySessionToken } from "./session-token";

// The session as server components and server actions see it, through next/headers.

/** The signed-in curator, or null. For pages and layouts (reads only; never throws). */
export async function getCuratorFromCookies(): Promise<{ user: string } | null> {
  const store = await cookies();
  return verifySessionToken(store.get(SESSION_COOKIE)?.value, getCurationConfig());
}

/** For server actions: the curator, or an ApiError (401 no valid session, 403 another origin). */
export async function requireCuratorInAction(): Promise<{ user: string }> {
  const [store, list] = await Promise.all([cookies(), headers()]);
  return checkCuratorAccess(store.get(SESSION_COOKIE)?.value ?? null, list);
}

/** For actions that need no session (login, logout) but must still come from our own pages. */
export async function requireSameOriginInAction(): Promise<void> {
  assertSameOrigin(await headers());
}

/** True when this request reached us over https (directly or through a proxy that says so). */
async function isHttpsRequest(): Promise<boolean> {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim();
  return proto === "https";
}

export async function startSession(): Promise<void> {
  const config = getCurationConfig();
  if (!config.enabled) throw new Error("curation is switched off");
  const store = await cookies();
  store.set(SESSION_COOKIE, await createSessionToken(config), sessionCookieOptions(await isHttpsRequest()));
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  // Overwrite with an expired, empty cookie carrying the same attributes, so every browser drops it.
  store.set(SESSION_COOKIE, "", { ...sessionCookieOptions(await isHttpsRequest()), maxAge: 0 });
}
