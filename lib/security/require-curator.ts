import { ApiError } from "@/lib/api/errors";
import { getCurationConfig, getEnv } from "@/lib/env";
import { readCookie, SESSION_COOKIE } from "./cookie";
import { checkSameOrigin, type HeaderSource } from "./origin";
import { verifySessionToken } from "./session-token";

// The gate of every write: a valid curator session (401 without one) AND a request from our own
// origin (403 otherwise). Call it first thing in a write handler, before reading the body, so a
// refused request costs nothing and writes nothing. Server actions use requireCuratorInAction
// (lib/security/session.ts), which runs the same check on next/headers.

export async function checkCuratorAccess(
  token: string | null,
  headers: HeaderSource,
  requestUrl?: string,
): Promise<{ user: string }> {
  const config = getCurationConfig();
  if (!config.enabled) throw new ApiError(401, "unauthorized", "Curation is switched off on this server.");
  const curator = await verifySessionToken(token, config);
  if (!curator) throw new ApiError(401, "unauthorized", "Log in as a curator first: there is no valid session.");
  assertSameOrigin(headers, requestUrl);
  return curator;
}

/** Throws 403 unless the request comes from this site (see lib/security/origin.ts). */
export function assertSameOrigin(headers: HeaderSource, requestUrl?: string): void {
  const verdict = checkSameOrigin(headers, requestUrl, getEnv().PUBLIC_BASE_URL);
  if (!verdict.ok) throw new ApiError(403, "forbidden", `Refused: ${verdict.reason}.`);
}

/** For route handlers: the curator, or an ApiError (401 no valid session, 403 another origin). */
export async function requireCurator(request: Request): Promise<{ user: string }> {
  return checkCuratorAccess(readCookie(request.headers.get("cookie"), SESSION_COOKIE), request.headers, request.url);
}
