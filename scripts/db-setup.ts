// Creates the SQLite database if needed, applies the committed migrations, switches the file to
// WAL mode, and loads the dataset when the database holds none. Safe to run on every start.
// Usage: npm run db:setup   (DATABASE_FILE picks the file; default data/aidflow.db)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { databaseFilePath } from "@/lib/env-db-path";
import { runPrisma } from "./lib/run-prisma";
import { seed } from "../prisma/seed";

export async function setupDatabase(file = databaseFilePath(), log: (line: string) => void = console.log) {
  mkdirSync(path.dirname(file), { recursive: true });
  runPrisma(["migrate", "deploy"], { DATABASE_FILE: file });
  const prisma = createPrismaClient(file);
  try {
    // WAL persists in the file: set it once here and every later connection uses it.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const datasets = await prisma.dataset.count();
    if (datasets === 0) {
      log(`db: ${file} is empty, loading the dataset`);
      await seed(prisma, log);
    } else {
      log(`db: ${file} ready (${datasets} dataset(s))`);
    }
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
