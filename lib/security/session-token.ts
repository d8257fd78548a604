import { createHash } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import type { CurationConfig } from "@/lib/env";
import { safeEqual } from "./constant-time";

// The curator session is a signed token (JWT, HS256 with SESSION_SECRET) in an httpOnly cookie.
// It names the curator and carries a fingerprint of the credential it was issued against, so that
// changing CURATOR_PASSWORD_HASH (or the user) ends every existing session. Being stateless, a
// token stays valid until it expires even after logout elsewhere; logout clears this browser's copy,
// and rotating SESSION_SECRET ends all sessions at once.

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
const ISSUER = "aidflow";
const AUDIENCE = "aidflow-curation";

type Enabled = Extract<CurationConfig, { enabled: true }>;

const keyOf = (config: Enabled) => new TextEncoder().encode(config.sessionSecret);

/** A short, non-secret digest of the credential: a hash of the user and of the password hash. */
function credentialFingerprint(config: Enabled): string {
  return createHash("sha256").update(`${config.user}\n${config.passwordHash}`).digest("base64url").slice(0, 22);
}

export async function createSessionToken(config: Enabled, now: Date = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ cred: credentialFingerprint(config) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(config.user)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_MAX_AGE_SECONDS)
    .sign(keyOf(config));
}

/** The curator a token names, or null when it is missing, forged, expired or for another credential. */
export async function verifySessionToken(
  token: string | null | undefined,
  config: CurationConfig,
  now: Date = new Date(),
): Promise<{ user: string } | null> {
  if (!config.enabled || !token || token.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(token, keyOf(config), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ["sub", "exp", "iat", "cred"],
    });
    if (typeof payload.sub !== "string" || typeof payload.cred !== "string") return null;
    if (!safeEqual(payload.sub, config.user) || !safeEqual(payload.cred, credentialFingerprint(config))) return null;
    return { user: payload.sub };
  } catch {
    return null;
  }
}
