import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseFilePath } from "./env-db-path";

// The one Prisma client of the process. Prisma's better-sqlite3 adapter is the only code that
// opens the database file here. The file is in WAL mode (set once by scripts/db-setup.ts, and
// persistent), so readers never wait for a writer; the busy timeout makes a second writer wait
// instead of failing at once.
export const BUSY_TIMEOUT_MS = 10_000;

export function createPrismaClient(file: string = databaseFilePath()): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { aidflowPrisma?: PrismaClient };

// Cached on globalThis so that hot reloading in development does not open a new handle per edit.
export const prisma: PrismaClient = globalForPrisma.aidflowPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.aidflowPrisma = prisma;
