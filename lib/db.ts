import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { dialectOf, markDialect as mark, type Dialect } from "./db/dialect";
import { RollbackSafeSQLite3 } from "./db/sqlite-safe-adapter";
import { databaseEnv } from "./env";

// The one Prisma client of the process, on one of two databases chosen at start-up:
// - SQLite (the default): the file at DATABASE_FILE, opened by Prisma's better-sqlite3 adapter, the
//   only code that opens it here. The file is in WAL mode (set once by scripts/db-setup.ts, and
//   persistent), so readers never wait for a writer; the busy timeout makes a second writer wait
//   instead of failing at once. The adapter is wrapped (lib/db/sqlite-safe-adapter.ts) so that a COMMIT
//   that fails is rolled back instead of leaving the connection in a dead transaction, and so that
//   every commit is synced to disk (synchronous=FULL).
// - PostgreSQL, when DATABASE_URL is a postgresql:// URL: the client generated from the derived
//   schema (prisma/postgres/schema.prisma, generated/prisma-pg) through @prisma/adapter-pg with a
//   connection pool. Both clients are generated from one model and have the same API, so the
//   PostgreSQL one is typed as the SQLite one and the rest of the app never knows which it has.
//   The few raw SQL statements ask dialectOf() (lib/db/bulk-sql.ts, lib/data/text-search.ts).
// Where the database is comes from lib/env.ts (databaseEnv), read when a client is made.
const BUSY_TIMEOUT_MS = 10_000;

// Connections per app instance; with several instances, instances × this must stay below the
// server's max_connections (docs/deployment.md).
const DEFAULT_POOL_SIZE = 10;

export interface SqliteClientOptions {
  busyTimeoutMs?: number;
  /** SQLite's page cache for this connection, in KiB (lib/db/sqlite-safe-adapter.ts). */
  cacheKb?: number;
}

export function createSqliteClient(file: string = databaseEnv().file, { busyTimeoutMs = BUSY_TIMEOUT_MS, cacheKb }: SqliteClientOptions = {}): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: busyTimeoutMs });
  return mark(new PrismaClient({ adapter: new RollbackSafeSQLite3(adapter, cacheKb) }), "sqlite");
}

export function createPostgresClient(url: string, { poolSize }: { poolSize?: number } = {}): PrismaClient {
  const max = poolSize ?? databaseEnv().poolSize ?? DEFAULT_POOL_SIZE;
  const adapter = new PrismaPg({ connectionString: url, max });
  // Same model, same generated API: see the header.
  return mark(new PostgresPrismaClient({ adapter }) as unknown as PrismaClient, "postgresql");
}

/**
 * A new client: SQLite at `file` when one is given; otherwise PostgreSQL when DATABASE_URL says so,
 * else SQLite at DATABASE_FILE.
 */
export function createPrismaClient(file?: string, options: SqliteClientOptions = {}): PrismaClient {
  if (file !== undefined) return createSqliteClient(file, options);
  const env = databaseEnv();
  return env.postgresUrl === null ? createSqliteClient(env.file, options) : createPostgresClient(env.postgresUrl);
}

const globalForPrisma = globalThis as unknown as { aidflowPrisma?: PrismaClient };

// Cached on globalThis so that hot reloading in development does not open a new handle per edit.
export const prisma: PrismaClient = globalForPrisma.aidflowPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.aidflowPrisma = prisma;


/** The dialect of the app's client. */
export const dialect: Dialect = dialectOf(prisma);
