import { getCurationConfig, getEnv } from "@/lib/env";
import { RateLimiter, takeAll } from "@/lib/security/rate-limit";
import { safeEqual } from "./constant-time";
import { verifyPassword } from "./password-hash";

// Checks a login attempt against the credential in the environment. Attempts are limited per
// client IP and per user name (RATE_LIMIT_LOGIN_PER_MIN, default 5 a minute): every attempt spends
// one, a successful one gives it back, so only failures count. The answer never says which of the
// two was wrong, and the password hash is computed even for an unknown user name, so the time taken
// does not say it either.

export const WRONG_CREDENTIALS = "The user name or the password is not right.";

export type LoginResult =
  | { ok: true; user: string }
  | { ok: false; status: 401 | 429 | 503; message: string; retryAfterSeconds?: number };

const globalForLimiter = globalThis as unknown as { aidflowLoginLimiter?: RateLimiter };

function loginLimiter(): RateLimiter {
  const perMinute = getEnv().RATE_LIMIT_LOGIN_PER_MIN;
  // Kept on globalThis: the one limiter of the process, whichever module copy asks.
  if (globalForLimiter.aidflowLoginLimiter?.perMinute !== perMinute)
    globalForLimiter.aidflowLoginLimiter = new RateLimiter(perMinute);
  return globalForLimiter.aidflowLoginLimiter;
}

/** Forgets all counted attempts (tests). */
export function resetLoginLimiter(): void {
  delete globalForLimiter.aidflowLoginLimiter;
}

export async function checkLogin({ user, password, ip }: { user: string; password: string; ip: string }): Promise<LoginResult> {
  const config = getCurationConfig();
  if (!config.enabled) return { ok: false, status: 503, message: config.reason };

  const limiter = loginLimiter();
  const keys = [`ip:${ip}`, `user:${user.toLowerCase().slice(0, 100)}`];
  const verdict = takeAll(limiter, keys);
  if (!verdict.allowed)
    return {
      ok: false,
      status: 429,
      message: `Too many login attempts. Try again in ${verdict.retryAfterSeconds} seconds.`,
      retryAfterSeconds: verdict.retryAfterSeconds,
    };

  const passwordOk = await verifyPassword(password, config.passwordHash);
  const userOk = safeEqual(user, config.user);
  if (!(passwordOk && userOk)) return { ok: false, status: 401, message: WRONG_CREDENTIALS };
  for (const key of keys) limiter.refund(key);
  return { ok: true, user: config.user };
}
