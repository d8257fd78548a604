import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { markDialect, postgresUrl } from "@/lib/db/dialect";
import { capturePostgresTransactions, markRawPostgres } from "@/lib/db/raw-postgres";
import { captureSqliteConnection, markRawSqlite } from "@/lib/db/raw-sqlite";
import { RollbackSafeSQLite3 } from "@/lib/db/sqlite-safe-adapter";
import { databaseEnv } from "@/lib/env";

// The import's own connection (the CLI and the worker process), with a page cache of 40 MB, a
// little more than the 32 MB a page-serving connection keeps. An import inserts into about thirty
// indexes at once, and at a million figures they outgrow any cache of a reasonable size; a larger
// one (256 MB was tried) made a million-row import about a fifth faster, but the cache is resident
// memory, and the import's memory may not grow with the file: with 40 MB, the index pages an
// insert needs again come from the operating system's file cache, outside the process
// (docs/performance.md, f). The cache is freed when the import's process exits. The client also carries its connection for the bulk inserts: the better-sqlite3
// one (lib/db/raw-sqlite.ts), or on PostgreSQL its open transaction's, for COPY
// (lib/db/raw-postgres.ts). Built as lib/db.ts builds its clients, with that capture added.
export const IMPORT_CACHE_KB = 40 * 1024;
// As lib/db.ts waits for another writer.
const BUSY_TIMEOUT_MS = 10_000;
// An import needs one connection at a time (its transaction), and one to spare for its run record.
const POSTGRES_POOL = 2;

/** The import's client: at `location` (a SQLite file or a postgresql:// URL) when given, else the database the environment names. */
export function createImportClient(location?: string): PrismaClient {
  const env = databaseEnv();
  const url = location === undefined ? env.postgresUrl : postgresUrl({ DATABASE_URL: location });
  if (url !== null) {
    const { factory, holder } = capturePostgresTransactions(new PrismaPg({ connectionString: url, max: POSTGRES_POOL }));
    const client = new PostgresPrismaClient({ adapter: factory }) as unknown as PrismaClient;
    return markRawPostgres(markDialect(client, "postgresql"), holder);
  }
  const sqliteFile = location ?? env.file;
  const { factory, holder } = captureSqliteConnection(new PrismaBetterSQLite3({ url: `file:${sqliteFile}`, timeout: BUSY_TIMEOUT_MS }));
  const client = new PrismaClient({ adapter: new RollbackSafeSQLite3(factory, IMPORT_CACHE_KB) });
  return markRawSqlite(markDialect(client, "sqlite"), holder);
}
