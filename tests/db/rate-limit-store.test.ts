import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, pointEnvAt, testDialect, type TempDb } from "@/tests/helpers/temp-db";

// The rate-limit store each database gets (lib/security/rate-stores.ts). On PostgreSQL the counts
// are in the database, so two app instances (two stores, as two processes would make) spend from
// one allowance; on SQLite each process counts in its own memory.

let db: TempDb;

beforeAll(async () => {
  db = await createTempDb();
  pointEnvAt(db.file);
});
afterAll(async () => {
  await db.cleanup();
});

describe.runIf(testDialect() === "postgresql")("on PostgreSQL", () => {
  it("two instances share one allowance, kept in the database", async () => {
    const { postgresRateStore, RATE_LIMIT_TABLE } = await import("@/lib/security/rate-store-postgres");
    const first = postgresRateStore(db.file, "api", 3);
    const second = postgresRateStore(db.file, "api", 3);
    expect((await first.consume("10.0.0.1")).remaining).toBe(2);
    expect((await second.consume("10.0.0.1")).remaining).toBe(1);
    // A refund (a login that turned out right) gives the request back to every instance.
    await first.refund("10.0.0.1");
    expect((await second.consume("10.0.0.1")).remaining).toBe(1);
    expect((await first.consume("10.0.0.1")).allowed).toBe(true);
    const refused = await second.consume("10.0.0.1");
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another client is not affected.
    expect((await second.consume("10.0.0.2")).allowed).toBe(true);
    const rows = await db.prisma.$queryRawUnsafe<{ key: string }[]>(`SELECT key FROM "${RATE_LIMIT_TABLE}" ORDER BY key`);
    expect(rows.map((row) => row.key)).toEqual(["api:10.0.0.1", "api:10.0.0.2"]);
    await first.reset();
    expect((await second.consume("10.0.0.1")).remaining).toBe(2);
  });

  it("stores made at the same moment all count in the database, however the table's creation races", async () => {
    const { postgresRateStore, RATE_LIMIT_TABLE } = await import("@/lib/security/rate-store-postgres");
    const separator = db.file.includes("?") ? "&" : "?";
    // The race is a matter of timing, so run it several times, each on new pools (as separate
    // instances would have) against a table that is not there yet.
    for (let round = 0; round < 8; round++) {
      await db.prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS "${RATE_LIMIT_TABLE}"`);
      const stores = Array.from({ length: 6 }, (_, index) => postgresRateStore(`${db.file}${separator}application_name=race${round}-${index}`, "race", 10));
      const decisions = await Promise.all(stores.map((store) => store.consume("10.0.0.9")));
      expect(decisions.map((decision) => decision.remaining).sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9]);
      const rows = await db.prisma.$queryRawUnsafe<{ points: number }[]>(`SELECT points FROM "${RATE_LIMIT_TABLE}" WHERE key = 'race:10.0.0.9'`);
      expect(rows.map((row) => Number(row.points))).toEqual([6]);
    }
  });

  it("is what the app picks for the API and the login", async () => {
    const { rateStore } = await import("@/lib/security/rate-stores");
    const store = rateStore("login", 2);
    await store.consume("ip:x");
    const { RATE_LIMIT_TABLE } = await import("@/lib/security/rate-store-postgres");
    const rows = await db.prisma.$queryRawUnsafe<{ key: string }[]>(`SELECT key FROM "${RATE_LIMIT_TABLE}" WHERE key LIKE 'login:%'`);
    expect(rows.map((row) => row.key)).toEqual(["login:ip:x"]);
  });
});

describe.runIf(testDialect() === "sqlite")("on SQLite", () => {
  it("counts in this process's memory, one store per limit", async () => {
    const { rateStore } = await import("@/lib/security/rate-stores");
    const store = rateStore("api", 2);
    expect(rateStore("api", 2)).toBe(store);
    await store.consume("a");
    await store.consume("a");
    expect((await store.consume("a")).allowed).toBe(false);
    expect((await rateStore("login", 2).consume("a")).allowed).toBe(true);
  });
});
