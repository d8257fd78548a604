import { RateLimiter } from "./rate-limit";

// What the API limit and the login throttle ask of a rate-limit store, whichever keeps the counts:
// this process's memory (SQLite: one instance) or the database (PostgreSQL: every instance behind
// a load balancer shares one count; lib/security/rate-store-postgres.ts).

export interface RateDecision {
  allowed: boolean;
  /** Requests a client may make in the window. */
  limit: number;
  /** Requests left in the window after this one. */
  remaining: number;
  /** Seconds until the client has its whole allowance again. */
  resetSeconds: number;
  /** When refused: seconds until the next request would be allowed. */
  retryAfterSeconds: number;
}

export interface RateStore {
  readonly limit: number;
  consume(key: string): Promise<RateDecision>;
  /** Gives back a request spent by consume (e.g. a login that turned out right). */
  refund(key: string): Promise<void>;
  /** Forgets every count (tests). */
  reset(): Promise<void>;
}

/** The store that never refuses, for a limit of 0. */
const unlimited = (): RateDecision => ({ allowed: true, limit: 0, remaining: 0, resetSeconds: 0, retryAfterSeconds: 0 });

/** This process's token buckets (lib/security/rate-limit.ts) behind the RateStore interface. */
export function memoryRateStore(perMinute: number): RateStore {
  let limiter = new RateLimiter(perMinute);
  return {
    limit: perMinute,
    async consume(key) {
      if (perMinute === 0) return unlimited();
      const verdict = limiter.take(key);
      if (!verdict.allowed)
        return { allowed: false, limit: perMinute, remaining: 0, resetSeconds: 60, retryAfterSeconds: verdict.retryAfterSeconds };
      // A bucket refills evenly over a minute: the missing tokens come back at perMinute a minute.
      const resetSeconds = Math.ceil(((perMinute - verdict.remaining) * 60) / perMinute);
      return { allowed: true, limit: perMinute, remaining: verdict.remaining, resetSeconds, retryAfterSeconds: 0 };
    },
    async refund(key) {
      limiter.refund(key);
    },
    async reset() {
      limiter = new RateLimiter(perMinute);
    },
  };
}

/** Consumes one request from every key: allowed only if each allows; a refusal spends nothing. */
export async function consumeAll(store: RateStore, keys: readonly string[]): Promise<RateDecision> {
  const decisions = await Promise.all(keys.map(async (key) => ({ key, decision: await store.consume(key) })));
  const refused = decisions.filter((entry) => !entry.decision.allowed);
  if (refused.length === 0)
    return decisions.map((entry) => entry.decision).reduce((a, b) => (b.remaining < a.remaining ? b : a));
  await Promise.all(decisions.filter((entry) => entry.decision.allowed).map((entry) => store.refund(entry.key)));
  return refused.map((entry) => entry.decision).reduce((a, b) => (b.retryAfterSeconds > a.retryAfterSeconds ? b : a));
}
