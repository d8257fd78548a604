import type { PrismaClient } from "@/generated/prisma/client";
import { createPostgresClient, createSqliteClient } from "@/lib/db";
import { postgresUrl } from "@/lib/db/dialect";

// The end-to-end database, opened from a spec for set-up and clean-up: the SQLite file at
// DATABASE_FILE, or the PostgreSQL database at DATABASE_URL on the PostgreSQL tier (scripts/e2e.ts
// sets whichever the server under test uses). Through Prisma, so the same code runs on both.

/** Runs `work` with a client on the e2e database, then disconnects. */
export async function withE2eDb<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const url = postgresUrl(process.env);
  const file = process.env.DATABASE_FILE;
  if (url === null && !file) throw new Error("DATABASE_FILE (or DATABASE_URL) is not set: run through `npm run test:e2e` (scripts/e2e.ts)");
  const prisma = url === null ? createSqliteClient(file) : createPostgresClient(url, { poolSize: 2 });
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
