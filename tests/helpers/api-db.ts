import { vi } from "vitest";
import { seed } from "@/prisma/seed";
import { createTempDb, pointEnvAt, type TempDb } from "./temp-db";

// A seeded throwaway database for the API tests. lib/db.ts picks its database (DATABASE_FILE, or
// DATABASE_URL on the PostgreSQL tier) when it is first evaluated (and caches the client on
// globalThis). This helper itself loads lib/db (through the seed and createTempDb) with the default
// database, so after pointing the environment at the temp database it drops the cached client and
// resets the module registry: the routes, imported with `await import(...)` after this returns,
// then evaluate lib/db afresh against the temp database.
const globalForPrisma = globalThis as unknown as { aidflowPrisma?: unknown };

export async function openSeededApiDb(): Promise<TempDb> {
  const db = await createTempDb();
  await seed(db.prisma, () => {});
  pointEnvAt(db.file);
  delete globalForPrisma.aidflowPrisma;
  vi.resetModules();
  return db;
}

export async function closeSeededApiDb(db: TempDb | undefined): Promise<void> {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  delete globalForPrisma.aidflowPrisma;
  await db?.cleanup();
}

/** Calls a route handler as Next would, and reads the answer. */
export async function callRoute(
  // `never`: route handlers differ in their context type; each gets the params it is given.
  handler: (request: Request, context: never) => Promise<Response>,
  path: string,
  { params = {}, headers = {} }: { params?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const response = await handler(new Request(`http://localhost${path}`, { headers }), {
    params: Promise.resolve(params),
  } as never);
  const text = response.status === 304 ? "" : await response.text();
  const isJson = response.headers.get("content-type")?.startsWith("application/json") ?? false;
  return { status: response.status, headers: response.headers, text, body: isJson ? JSON.parse(text) : undefined };
}
