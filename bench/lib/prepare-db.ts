import { closeSync, existsSync, openSync, readSync, rmSync } from "node:fs";
import path from "node:path";
import { createPostgresClient, createSqliteClient } from "@/lib/db";
import type { PrismaClient } from "@/generated/prisma/client";
import { setupDatabase } from "@/scripts/db-setup";
import { BENCH_ACTORS } from "./actors";
import { postgresCopyBaseline, sqliteImportBaseline, type BaselineMeasurement } from "./import-baseline";
import { commandExists, runTsMeasured } from "./proc";
import { BENCH_DATASET } from "./synthetic";

// The 1M-row database: a fresh SQLite file with the migrations and the seeded Sino-Soviet dataset
// (scripts/db-setup.ts, as `npm start` makes it), the bench's extra actors, then the synthetic CSV
// loaded through the real importer (scripts/import.ts) in its own process: that import is
// measurement f. Beside it, the database's own bulk loader on the same CSV (import-baseline.ts):
// `sqlite3 .import` and `psql \copy` into a table with Figure's indexes.

export interface ImportMeasurement {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssBytes: number | null;
  bytes: number;
  /** The database's own bulk loader on the same file; null when its command is missing. */
  baseline: BaselineMeasurement | null;
}

/** The CSV's header row (the generator writes plain names, no quotes). */
function csvHeader(csv: string): string[] {
  const fd = openSync(csv, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("utf8").split(/\r?\n/)[0]!.split(",");
  } finally {
    closeSync(fd);
  }
}

export function removeSqliteFile(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

async function addBenchActors(prisma: PrismaClient): Promise<void> {
  for (const actor of BENCH_ACTORS) await prisma.actor.upsert({ where: { code: actor.code }, create: { ...actor, description: null }, update: {} });
}

/** Imports the CSV with the command-line importer, timing it and reading its exact peak RSS. */
async function importCsv(csv: string, rows: number, bytes: number, env: Record<string, string>): Promise<ImportMeasurement> {
  const run = await runTsMeasured(
    "scripts/import.ts",
    [csv, "--dataset", BENCH_DATASET, "--actor", "bench", "--title", "Synthetic benchmark dataset", "--citation", "Aidflow benchmark (synthetic data, not a source)."],
    // Limits raised for the bench file (the defaults, 50 MB and 1M rows, are the upload limits).
    { ...env, MAX_UPLOAD_MB: "4000", MAX_IMPORT_ROWS: String(Math.max(rows, 1_000_000)) },
  );
  if (run.code !== 0) throw new Error(`the import failed (exit ${run.code}); see its output above`);
  const added = /added\s+([\d,]+)/.exec(run.stdout)?.[1]?.replace(/,/g, "");
  if (Number(added) !== rows) throw new Error(`the import added ${added ?? "?"} rows, expected ${rows}`);
  return { rows, seconds: run.seconds, rowsPerSecond: rows / run.seconds, peakRssBytes: run.peakRssBytes, bytes, baseline: null };
}

/** A fresh SQLite bench database holding the seed and the synthetic rows; returns measurement f. */
export async function prepareSqliteBenchDb(file: string, csv: string, rows: number, bytes: number, log = console.log): Promise<ImportMeasurement> {
  removeSqliteFile(file);
  await setupDatabase(file, log);
  const prisma = createSqliteClient(file);
  try {
    await addBenchActors(prisma);
  } finally {
    await prisma.$disconnect();
  }
  log(`import: loading ${path.relative(process.cwd(), csv)} into ${path.relative(process.cwd(), file)} with scripts/import.ts`);
  const measured = await importCsv(csv, rows, bytes, { DATABASE_FILE: file, DATABASE_URL: "" });
  if (!existsSync(file)) throw new Error(`${file} is missing after the import`);
  if (!commandExists("sqlite3")) return measured;
  log("import: the same CSV with sqlite3 .import into a table with Figure's indexes");
  return { ...measured, baseline: sqliteImportBaseline("sqlite3", csv, csvHeader(csv), file, `${file}.baseline`, rows) };
}

/**
 * The same on PostgreSQL: an empty database at `url`, migrated and seeded (scripts/db-setup.ts),
 * the actors, then the same CSV through the same importer. Afterwards ANALYZE, as autovacuum would
 * do on its own a little later, so the planner knows the table's new size when the reads start.
 */
export async function preparePostgresBenchDb(url: string, csv: string, rows: number, bytes: number, log = console.log): Promise<ImportMeasurement> {
  await setupDatabase(url, log);
  const prisma = createPostgresClient(url, { poolSize: 2 });
  try {
    await addBenchActors(prisma);
    log(`import: loading ${path.relative(process.cwd(), csv)} into PostgreSQL with scripts/import.ts`);
    const measured = await importCsv(csv, rows, bytes, { DATABASE_URL: url });
    const baseline = commandExists("psql") ? postgresCopyBaseline(url, csv, csvHeader(csv), rows) : null;
    await prisma.$executeRawUnsafe("ANALYZE");
    return { ...measured, baseline };
  } finally {
    await prisma.$disconnect();
  }
}
