import { databaseEnv } from "@/lib/env";
import { memoryRateStore, type RateStore } from "./rate-store";
import { postgresRateStore } from "./rate-store-postgres";

// The store behind each named limit: in the database on PostgreSQL (shared by every instance), in
// this process's memory on SQLite (one file means one instance). One store per name, limit and
// database, kept on globalThis so that every module copy of the process shares it.

export type RateLimitName = "api" | "login";

const globalForStores = globalThis as unknown as { aidflowRateStores?: Map<string, RateStore> };

export function rateStore(name: RateLimitName, perMinute: number): RateStore {
  const url = databaseEnv().postgresUrl;
  const id = `${name}|${perMinute}|${url ?? "memory"}`;
  const stores = (globalForStores.aidflowRateStores ??= new Map());
  let store = stores.get(id);
  if (!store) {
    // A limit of 0 is off: no table, no connection.
    store = url === null || perMinute === 0 ? memoryRateStore(perMinute) : postgresRateStore(url, name, perMinute);
    stores.set(id, store);
  }
  return store;
}

/** Forgets the counts of one limit, in whichever store holds them (tests). */
export async function resetRateStore(name: RateLimitName, perMinute: number): Promise<void> {
  await rateStore(name, perMinute).reset();
}
