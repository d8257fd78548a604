// A token bucket per client key, in memory. Each key may spend `perMinute` requests at once and
// earns them back evenly over a minute. The state lives in this process only, which is right on
// SQLite (one instance); on PostgreSQL the counts live in the database instead
// (lib/security/rate-stores.ts). The map is bounded, so a flood of distinct keys cannot exhaust
// memory; when full, the least recently seen keys are forgotten (which only ever lets them retry).

export type RateVerdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updated: number;
}

export interface RateLimiterOptions {
  maxKeys?: number;
  now?: () => number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  /** perMinute 0 turns the limiter off. */
  constructor(
    readonly perMinute: number,
    { maxKeys = 10_000, now = Date.now }: RateLimiterOptions = {},
  ) {
    this.maxKeys = maxKeys;
    this.now = now;
  }

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  private bucket(key: string): Bucket {
    const now = this.now();
    const found = this.buckets.get(key);
    const bucket = found ?? { tokens: this.perMinute, updated: now };
    if (found) {
      const earned = ((now - found.updated) * this.perMinute) / 60_000;
      bucket.tokens = Math.min(this.perMinute, found.tokens + Math.max(0, earned));
      bucket.updated = now;
      // Re-insert, so the map's order is least recently seen first.
      this.buckets.delete(key);
    }
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
    return bucket;
  }

  /** Spends one request for `key`, or says how many seconds until one is available. */
  take(key: string): RateVerdict {
    if (!this.enabled) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
    const bucket = this.bucket(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    const secondsPerToken = 60 / this.perMinute;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) * secondsPerToken)) };
  }

  /** Gives back a request spent by `take` (e.g. a login that turned out right). */
  refund(key: string): void {
    if (!this.enabled) return;
    const bucket = this.bucket(key);
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + 1);
  }
}
