import { getCurationConfig, getEnv } from "@/lib/env";
import { consumeAll } from "./rate-store";
import { rateStore, resetRateStore } from "./rate-stores";
import { safeEqual } from "./constant-time";
import { verifyPassword } from "./password-hash";

// Checks a login attempt against the credential in the environment. Attempts are limited per
// client IP and per user name (RATE_LIMIT_LOGIN_PER_MIN, default 5 a minute): every attempt spends
// one, a successful one gives it back, so only failures count. The counts are shared by every
// instance on PostgreSQL (lib/security/rate-stores.ts). The answer never says which of the two was
// wrong, and the password hash is computed even for an unknown user name, so the time taken does
// not say it either.

export const WRONG_CREDENTIALS = "The user name or the password is not right.";

export type LoginResult =
  | { ok: true; user: string }
  | { ok: false; status: 401 | 429 | 503; message: string; retryAfterSeconds?: number };

const loginStore = () => rateStore("login", getEnv().RATE_LIMIT_LOGIN_PER_MIN);

/** Forgets all counted attempts (tests). */
export async function resetLoginLimiter(): Promise<void> {
  await resetRateStore("login", getEnv().RATE_LIMIT_LOGIN_PER_MIN);
}

export async function checkLogin({ user, password, ip }: { user: string; password: string; ip: string }): Promise<LoginResult> {
  const config = getCurationConfig();
  if (!config.enabled) return { ok: false, status: 503, message: config.reason };

  const store = loginStore();
  const keys = [`ip:${ip}`, `user:${user.toLowerCase().slice(0, 100)}`];
  const verdict = await consumeAll(store, keys);
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
  await Promise.all(keys.map((key) => store.refund(key)));
  return { ok: true, user: config.user };
}
