import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { markDialect, postgresUrl } from "@/lib/db/dialect";
import { databaseFilePath } from "@/lib/db/file-path";
import { RollbackSafeSQLite3 } from "@/lib/db/sqlite-safe-adapter";
import { withQueryLog, type QueryLog } from "./query-log";

// The app's Prisma client as lib/db.ts builds it (same adapters, same wrapper), with a query log in
// front of the adapter, installed as the process's client before lib/data is loaded, so that the
// bench runs the app's own read code and still sees every statement it sends. (lib/db.ts itself
// must not be imported before this runs: it would make its own client.)
const BUSY_TIMEOUT_MS = 10_000;

export function installLoggingClient(log: QueryLog): PrismaClient {
  const url = postgresUrl(process.env);
  const client =
    url !== null
      ? markDialect(new PostgresPrismaClient({ adapter: withQueryLog(new PrismaPg({ connectionString: url }), log) }) as unknown as PrismaClient, "postgresql")
      : markDialect(
          new PrismaClient({
            adapter: withQueryLog(new RollbackSafeSQLite3(new PrismaBetterSQLite3({ url: `file:${databaseFilePath(process.env)}`, timeout: BUSY_TIMEOUT_MS })), log),
          }),
          "sqlite",
        );
  (globalThis as unknown as { aidflowPrisma?: PrismaClient }).aidflowPrisma = client;
  return client;
}
