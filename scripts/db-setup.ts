// Creates the database if needed, applies the committed migrations, and loads the dataset when the
// database holds none. Safe to run on every start.
// - SQLite (default): the file at DATABASE_FILE (default data/aidflow.db), switched to WAL mode.
// - PostgreSQL: when DATABASE_URL is a postgresql:// URL, the migrations of prisma/postgres
//   (prisma.postgres.config.ts) are applied to that database, which must exist (docs/deployment.md).
// Usage: npm run db:setup
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createPostgresClient, createSqliteClient } from "@/lib/db";
import { postgresUrl, redactedUrl } from "@/lib/db/dialect";
import { databaseEnv } from "@/lib/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { runPrisma } from "./lib/run-prisma";
import { seed } from "../prisma/seed";

async function seedWhenEmpty(prisma: PrismaClient, where: string, log: (line: string) => void) {
  const datasets = await prisma.dataset.count();
  if (datasets === 0) {
    log(`db: ${where} is empty, loading the dataset`);
    await seed(prisma, log);
  } else {
    log(`db: ${where} ready (${datasets} dataset(s))`);
  }
}

/** The app's database: the PostgreSQL URL when DATABASE_URL is one, else the SQLite file. */
function appDatabase(): string {
  const env = databaseEnv();
  return env.postgresUrl ?? env.file;
}

/** SQLite: `location` is the file (default DATABASE_FILE). A postgresql:// URL sets up PostgreSQL. */
export async function setupDatabase(location = appDatabase(), log: (line: string) => void = console.log) {
  if (postgresUrl({ DATABASE_URL: location }) !== null) return setupPostgres(location, log);
  const file = location;
  mkdirSync(path.dirname(file), { recursive: true });
  // DATABASE_URL cleared: the SQLite config reads DATABASE_FILE only, but say so explicitly.
  runPrisma(["migrate", "deploy"], { DATABASE_FILE: file, DATABASE_URL: "" });
  const prisma = createSqliteClient(file);
  try {
    // WAL persists in the file: set it once here and every later connection uses it.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await seedWhenEmpty(prisma, file, log);
  } finally {
    await prisma.$disconnect();
  }
}

async function setupPostgres(url: string, log: (line: string) => void) {
  runPrisma(["migrate", "deploy", "--config", "prisma.postgres.config.ts"], { DATABASE_URL: url });
  const prisma = createPostgresClient(url, { poolSize: 2 });
  try {
    await seedWhenEmpty(prisma, redactedUrl(url), log);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && /db-setup\.ts$/.test(process.argv[1])) {
  setupDatabase().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
