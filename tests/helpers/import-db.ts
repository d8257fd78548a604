import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { createImportClient } from "@/lib/import/import-client";
import { runImport, type RunImportOptions, type RunImportResult } from "@/lib/import/run-import";
import { seed } from "@/prisma/seed";
import { withRoutesOn } from "./routes-on-db";
import { allRows, copyPostgresDatabase, createTempDb, digestJson, postgresDatabaseName, testDialect, userTables, type TempDb } from "./temp-db";

// Databases and helpers for the import tests. Seeding takes a second; a seeded template is made
// once per test process (WAL checkpointed into the main file; on PostgreSQL, a template database)
// and copied for every test that needs a database of its own.

let template: string | undefined;

async function seededTemplate(): Promise<string> {
  if (template && (testDialect() === "postgresql" || existsSync(template))) return template;
  const db = await createTempDb();
  await seed(db.prisma, () => {});
  if (testDialect() === "sqlite") await db.prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  // Disconnected: PostgreSQL copies a template only while nobody is connected to it.
  await db.prisma.$disconnect();
  template = db.file;
  return template;
}

/** A throwaway copy of the seeded database. */
export async function seededDb(): Promise<TempDb> {
  const source = await seededTemplate();
  if (testDialect() === "postgresql") {
    // Imported through the import's own client, as the CLI and the worker do (COPY on PostgreSQL).
    const copy = await copyPostgresDatabase(postgresDatabaseName(source), "aidflow_seeded");
    await copy.prisma.$disconnect();
    const prisma = createImportClient(copy.file);
    const cleanup = async () => {
      await prisma.$disconnect();
      await copy.cleanup();
    };
    return { ...copy, prisma, cleanup };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-import-"));
  const file = path.join(dir, "test.db");
  copyFileSync(source, file);
  const prisma = createImportClient(file);
  return {
    file,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const BIG = { maxBytes: 1024 * 1024 * 1024, maxRows: 10_000_000 };

/**
 * runImport as the command line calls it, with test defaults: the bytes are written to a file that
 * the import reads from disk, as the command line and the upload worker do.
 */
export async function importBytes(
  prisma: PrismaClient,
  bytes: Uint8Array,
  options: Partial<Omit<RunImportOptions, "bytes" | "filePath">> = {},
): Promise<RunImportResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-import-file-"));
  const filePath = path.join(dir, path.basename(options.fileName ?? "test.csv"));
  writeFileSync(filePath, bytes);
  try {
    return await runImport(prisma, {
      filePath,
      fileName: options.fileName ?? "test.csv",
      actor: options.actor ?? "test",
      mode: options.mode ?? "merge",
      dryRun: options.dryRun ?? false,
      limits: options.limits ?? BIG,
      ...options,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A digest of every row of every table (in a stable order: temp-db.ts allRows), optionally leaving
 * some tables out. Two databases with the same digest hold the same data, whatever the pages of the
 * file (or the server's storage) look like.
 */
export async function databaseDigest(prisma: PrismaClient, { exclude = [] as string[] } = {}): Promise<string> {
  const hash = createHash("sha256");
  for (const name of await userTables(prisma)) {
    if (exclude.includes(name)) continue;
    hash.update(`${name}\n${digestJson(await allRows(prisma, name))}\n`);
  }
  return hash.digest("hex");
}

/** PRAGMA integrity_check's verdict ("ok" when the file is sound). */
export async function integrityCheck(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
  return rows.map((row) => row.integrity_check).join("; ");
}

/**
 * GET /api/v1/figures?format=csv against a database file, through the real route handler: lib/db
 * is re-evaluated for that file (routes-on-db.ts) and closed again afterwards.
 */
export function exportFiguresCsv(file: string, query = "format=csv"): Promise<string> {
  return withRoutesOn(file, async () => {
    const { GET } = await import("@/app/api/v1/figures/route");
    const response = await GET(new Request(`http://localhost/api/v1/figures?${query}`));
    if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    return await response.text();
  });
}
