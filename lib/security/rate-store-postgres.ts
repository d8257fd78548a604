import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { RateDecision, RateStore } from "./rate-store";

// The counts in PostgreSQL, so that every app instance behind a load balancer spends from the same
// allowance (rate-limiter-flexible's PostgreSQL store: one upsert per request, a fixed one-minute
// window per key). Its table is created by the library on first use (CREATE TABLE IF NOT EXISTS) and
// holds counters only, nothing of the data, so it lives outside the Prisma migrations. If the database
// cannot be reached, the library falls back to an in-memory limiter ("insurance"), so a database
// hiccup neither lets floods through unchecked nor refuses every request.
//
// The table is made here once per pool rather than by each limiter: two limiters (the API's and the
// login's) or two instances starting together race on CREATE TABLE IF NOT EXISTS, and PostgreSQL
// the loser with "relation/type already exists" (42P07, 42710) or a unique violation on pg_type
// (23505). The library forgives only the last, so that limiter would count in memory for good.

export const RATE_LIMIT_TABLE = "aidflow_rate_limits";
const WINDOW_SECONDS = 60;

const globalForPool = globalThis as unknown as { aidflowRatePools?: Map<string, pg.Pool>; aidflowRateTables?: WeakMap<pg.Pool, Promise<void>> };
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "${RATE_LIMIT_TABLE}" (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`;
const LOST_CREATE_RACE = new Set(["42P07", "42710", "23505"]);

// A pool of its own, kept small: the check is one short statement, and Prisma's pool is for queries.
function poolFor(url: string): pg.Pool {
  const pools = (globalForPool.aidflowRatePools ??= new Map());
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on("error", (error: Error) => console.error("[rate-limit] PostgreSQL pool error:", error.message));
    pools.set(url, pool);
  }
  return pool;
}

async function createTable(pool: pg.Pool): Promise<void> {
  try {
    await pool.query(CREATE_TABLE);
  } catch (error) {
    // Another session made it between our check and our create: the table is there.
    if (!LOST_CREATE_RACE.has((error as { code?: string }).code ?? "")) throw error;
  }
}

function tableFor(pool: pg.Pool): Promise<void> {
  const tables = (globalForPool.aidflowRateTables ??= new WeakMap());
  let table = tables.get(pool);
  if (!table) {
    table = createTable(pool);
    // A failure is not remembered, so a database that comes back is used by the next store.
    table.catch(() => tables.delete(pool));
    tables.set(pool, table);
  }
  return table;
}

function decisionOf(res: RateLimiterRes, limit: number, allowed: boolean): RateDecision {
  const resetSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return { allowed, limit, remaining: Math.max(0, res.remainingPoints), resetSeconds, retryAfterSeconds: allowed ? 0 : resetSeconds };
}

export function postgresRateStore(url: string, name: string, perMinute: number): RateStore {
  const pool = poolFor(url);
  const options = { points: perMinute, duration: WINDOW_SECONDS, keyPrefix: name };
  const insuranceLimiter = new RateLimiterMemory(options);
  const ready = tableFor(pool).then(
    () => new RateLimiterPostgres({ ...options, storeClient: pool, tableName: RATE_LIMIT_TABLE, tableCreated: true, insuranceLimiter }),
  );
  // If the table cannot be made, the insurance limiter answers instead.
  const usable = ready.then(
    (limiter): RateLimiterPostgres | RateLimiterMemory => limiter,
    (error: unknown) => {
      console.error("[rate-limit] PostgreSQL store unavailable, counting in memory:", error instanceof Error ? error.message : error);
      return insuranceLimiter;
    },
  );
  const store = () => usable;
  return {
    limit: perMinute,
    async consume(key) {
      if (perMinute === 0) return { allowed: true, limit: 0, remaining: 0, resetSeconds: 0, retryAfterSeconds: 0 };
      try {
        return decisionOf(await (await store()).consume(key), perMinute, true);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return decisionOf(refusal, perMinute, false);
        throw refusal;
      }
    },
    async refund(key) {
      if (perMinute > 0) await (await store()).reward(key, 1);
    },
    async reset() {
      await usable;
      await pool.query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE key LIKE $1`, [`${name}:%`]);
    },
  };
}
