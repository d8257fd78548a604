import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/security/client-ip";
import { RateLimiter } from "@/lib/security/rate-limit";

// The in-memory token bucket behind the login and API limits (on SQLite), on a fake clock, and the
// store interface over it.

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("RateLimiter", () => {
  it("allows perMinute requests at once, then refuses with a Retry-After", () => {
    const time = clock();
    const limiter = new RateLimiter(5, { now: time.now });
    for (let i = 0; i < 5; i++) expect(limiter.take("a").allowed).toBe(true);
    const refused = limiter.take("a");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 12 });
    // Another key has its own bucket.
    expect(limiter.take("b").allowed).toBe(true);
  });

  it("earns requests back evenly over a minute", () => {
    const time = clock();
    const limiter = new RateLimiter(60, { now: time.now });
    for (let i = 0; i < 60; i++) limiter.take("a");
    expect(limiter.take("a").allowed).toBe(false);
    time.advance(999);
    expect(limiter.take("a").allowed).toBe(false);
    time.advance(1);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    time.advance(60_000 * 5);
    let allowed = 0;
    while (limiter.take("a").allowed) allowed++;
    // Never more than the bucket holds, however long the client waited.
    expect(allowed).toBe(60);
  });

  it("gives back a refunded request, never above the bucket size", () => {
    const time = clock();
    const limiter = new RateLimiter(2, { now: time.now });
    limiter.take("a");
    limiter.take("a");
    limiter.refund("a");
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    limiter.refund("b");
    limiter.refund("b");
    expect(limiter.take("b").allowed && limiter.take("b").allowed).toBe(true);
    expect(limiter.take("b").allowed).toBe(false);
  });

  it("is off at 0", () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 10_000; i++) expect(limiter.take("a").allowed).toBe(true);
  });

  it("keeps at most maxKeys buckets", () => {
    const limiter = new RateLimiter(1, { maxKeys: 3 });
    for (const key of ["a", "b", "c", "d"]) limiter.take(key);
    // "a" was forgotten (least recently seen), so it may try again; "d" may not.
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("d").allowed).toBe(false);
  });

});

describe("clientIp", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it("takes the right-most X-Forwarded-For entry (the nearest proxy's view)", () => {
    expect(clientIp(headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2" }))).toBe("2.2.2.2");
    expect(clientIp(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(headers({ "x-real-ip": "3.3.3.3" }))).toBe("3.3.3.3");
    expect(clientIp(headers({}))).toBe("unknown");
  });
});

describe("memoryRateStore and consumeAll", async () => {
  const { consumeAll, memoryRateStore } = await import("@/lib/security/rate-store");
  const { rateLimitHeaders } = await import("@/lib/security/rate-limit-headers");

  it("says the limit, what is left and when it is all back, then refuses with Retry-After", async () => {
    const store = memoryRateStore(2);
    const first = await store.consume("a");
    expect(first).toMatchObject({ allowed: true, limit: 2, remaining: 1, resetSeconds: 30 });
    expect(rateLimitHeaders(first)).toEqual({ "RateLimit-Limit": "2", "RateLimit-Remaining": "1", "RateLimit-Reset": "30" });
    await store.consume("a");
    const refused = await store.consume("a");
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(Number(rateLimitHeaders(refused)["Retry-After"])).toBeGreaterThan(0);
  });

  it("sends no headers when the limit is off", async () => {
    expect(rateLimitHeaders(await memoryRateStore(0).consume("a"))).toEqual({});
  });

  it("consumeAll spends nothing when one key refuses", async () => {
    const store = memoryRateStore(1);
    await store.consume("user:x");
    expect((await consumeAll(store, ["ip:1", "user:x"])).allowed).toBe(false);
    // ip:1 got its request back.
    expect((await store.consume("ip:1")).allowed).toBe(true);
  });
});
