import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { testDialect, type TempDb } from "@/tests/helpers/temp-db";

// GET /api/health against a real database: ready when every shipped migration is applied, 503
// with Retry-After when one is missing from _prisma_migrations or the query is not understood.

type Handler = (request: Request, context: never) => Promise<Response>;
let db: TempDb;
let health: Handler;

const shipped = readdirSync(path.resolve(testDialect() === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations"), {
  withFileTypes: true,
}).filter((entry) => entry.isDirectory());

beforeAll(async () => {
  db = await openSeededApiDb();
  health = (await import("@/app/api/health/route")).GET;
});
afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("GET /api/health", () => {
  it("answers 200 when the database answers and every migration is applied", async () => {
    const { status, body, headers } = await callRoute(health, "/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ready", database: testDialect(), migrations: shipped.length });
    expect(headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a query parameter like every API route", async () => {
    const { status, body } = await callRoute(health, "/api/health?verbose=1");
    expect(status).toBe(400);
    expect(body.error.param).toBe("verbose");
  });

  it("answers 503 with Retry-After while a migration is not applied", async () => {
    const last = shipped.map((entry) => entry.name).sort().at(-1)!;
    const rows = await db.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM _prisma_migrations WHERE migration_name = '${last}'`);
    await db.prisma.$executeRawUnsafe(`UPDATE _prisma_migrations SET migration_name = 'renamed_for_test' WHERE migration_name = '${last}'`);
    try {
      const { status, body, headers } = await callRoute(health, "/api/health");
      expect(status).toBe(503);
      expect(headers.get("retry-after")).toBe("10");
      expect(body.error).toMatchObject({ code: "not_ready", message: expect.stringMatching(/1 of \d+ migrations are not applied/) });
    } finally {
      await db.prisma.$executeRawUnsafe(`UPDATE _prisma_migrations SET migration_name = '${last}' WHERE migration_name = 'renamed_for_test'`);
    }
    expect(rows).toHaveLength(1);
    expect((await callRoute(health, "/api/health")).status).toBe(200);
  });

  it("answers 503 when the database has no migration table", async () => {
    await db.prisma.$executeRawUnsafe("ALTER TABLE _prisma_migrations RENAME TO prisma_migrations_away");
    try {
      const { status, body } = await callRoute(health, "/api/health");
      expect(status).toBe(503);
      expect(body.error.message).toBe("The database does not answer, or has no migration table.");
    } finally {
      await db.prisma.$executeRawUnsafe("ALTER TABLE prisma_migrations_away RENAME TO _prisma_migrations");
    }
  });
});
