import { SESSION_MAX_AGE_SECONDS } from "./session-token";

// The session cookie: httpOnly (no script can read it), SameSite=Strict (no other site can make the
// browser send it, not even on a top-level link), Secure when the site is served over https, and
// an expiry equal to the token's.

export const SESSION_COOKIE = "aidflow_session";

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "strict";
  secure: boolean;
  path: "/";
  maxAge: number;
}

export function sessionCookieOptions(secure: boolean): SessionCookieOptions {
  return { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: SESSION_MAX_AGE_SECONDS };
}

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
    } catch {
      return null;
    }
  }
  return null;
}
