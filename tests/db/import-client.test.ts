import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CACHE_KB } from "@/lib/db/sqlite-safe-adapter";
import { createImportClient, IMPORT_CACHE_KB } from "@/lib/import/import-client";
import { createTempDb, onlyOnSqlite, pointEnvAt } from "@/tests/helpers/temp-db";

// The import's connection keeps a larger page cache than a page-serving one (docs/performance.md,
// measurement f); both are set per connection, so each is read back from its own connection.

const saved = { DATABASE_FILE: process.env.DATABASE_FILE, DATABASE_URL: process.env.DATABASE_URL };
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const cacheSize = async (client: { $queryRawUnsafe: <T>(sql: string) => Promise<T> }) =>
  Number((await client.$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size"))[0]!.cache_size);

describe.skipIf(onlyOnSqlite())("the import's SQLite connection", () => {
  it("keeps a page cache of IMPORT_CACHE_KB, where a page-serving connection keeps the default", async () => {
    expect(IMPORT_CACHE_KB).toBeGreaterThan(DEFAULT_CACHE_KB);
    const db = await createTempDb();
    pointEnvAt(db.file);
    const importClient = createImportClient();
    try {
      expect(await cacheSize(importClient)).toBe(-IMPORT_CACHE_KB);
      expect(await cacheSize(db.prisma)).toBe(-DEFAULT_CACHE_KB);
    } finally {
      await importClient.$disconnect();
      await db.cleanup();
    }
  });
});
