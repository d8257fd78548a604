import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPostgresClient, createSqliteClient } from "@/lib/db";
import { dialectOf, type Dialect } from "@/lib/db/dialect";
import { runPrisma } from "@/scripts/lib/run-prisma";
import type { PrismaClient } from "@/generated/prisma/client";

// Throwaway databases for database tests, on the dialect the test run is for:
// - SQLite (the default): migrations run once per test process into a template file; each test
//   database is a copy of it.
// - PostgreSQL, when scripts/test.ts runs the PostgreSQL tier and sets TEST_POSTGRES_URL (a server
//   it started; any database name in the URL is ignored): migrations run once per test process into
//   a template database; each test database is CREATE DATABASE ... TEMPLATE it.
// Either way every test starts from an empty, migrated schema. `file` is where the database is:
// a file path for SQLite, a postgresql:// URL for PostgreSQL (appEnvFor turns it into the
// environment the app and its child processes read).

export function testDialect(): Dialect {
  return process.env.TEST_POSTGRES_URL ? "postgresql" : "sqlite";
}

/** Skip reasons for tests that only make sense on one dialect (e.g. SQLite's WAL and busy locks). */
export const onlyOnSqlite = () => testDialect() !== "sqlite";

export interface TempDb {
  /** The SQLite file, or the PostgreSQL URL. */
  file: string;
  prisma: PrismaClient;
  cleanup: () => Promise<void>;
}

/** The environment that points the app (lib/db.ts) and its child processes at `location`. */
function appEnvFor(location: string): { DATABASE_FILE?: string; DATABASE_URL?: string } {
  return location.startsWith("postgresql://") ? { DATABASE_URL: location } : { DATABASE_FILE: location };
}

/** Points this process's environment at `location` (and away from the other dialect). */
export function pointEnvAt(location: string): void {
  const env = appEnvFor(location);
  if (env.DATABASE_URL) process.env.DATABASE_URL = env.DATABASE_URL;
  else delete process.env.DATABASE_URL;
  if (env.DATABASE_FILE) process.env.DATABASE_FILE = env.DATABASE_FILE;
}

// ---- SQLite ---------------------------------------------------------------------------------------
let template: string | undefined;

function migratedTemplate(): string {
  if (template && existsSync(template)) return template;
  const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-template-"));
  template = path.join(dir, "template.db");
  runPrisma(["migrate", "deploy"], { DATABASE_FILE: template, DATABASE_URL: "" });
  return template;
}

// ---- PostgreSQL -----------------------------------------------------------------------------------
function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_POSTGRES_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a pool transaction). */
async function postgresAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
let pgTemplate: string | undefined;

async function migratedPostgresTemplate(): Promise<string> {
  if (pgTemplate) return pgTemplate;
  // scripts/test.ts migrates one template for the whole run: `prisma migrate deploy` on PostgreSQL
  // takes about 10 s, and every test file runs in a process of its own.
  const shared = process.env.TEST_POSTGRES_TEMPLATE;
  if (shared) return (pgTemplate = shared);
  const name = uniqueName("aidflow_tmpl");
  await postgresAdmin(`CREATE DATABASE "${name}"`);
  runPrisma(["migrate", "deploy", "--config", "prisma.postgres.config.ts"], { DATABASE_URL: serverUrl(name) });
  pgTemplate = name;
  return name;
}

/** A new PostgreSQL database copied from `templateName`. */
export async function copyPostgresDatabase(templateName: string, prefix = "aidflow_test"): Promise<TempDb> {
  const name = uniqueName(prefix);
  await postgresAdmin(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  const url = serverUrl(name);
  const prisma = createPostgresClient(url, { poolSize: 4 });
  return {
    file: url,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      await postgresAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** The database name of a PostgreSQL URL. */
export const postgresDatabaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

export async function createTempDb(): Promise<TempDb> {
  if (testDialect() === "postgresql") return copyPostgresDatabase(await migratedPostgresTemplate());
  const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(migratedTemplate(), file);
  const prisma = createSqliteClient(file);
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  return {
    file,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---- reading whole tables, on either dialect ------------------------------------------------------

/** The app's tables (without the migration bookkeeping), by name. */
export async function userTables(prisma: PrismaClient): Promise<string[]> {
  const rows =
    dialectOf(prisma) === "postgresql"
      ? await prisma.$queryRawUnsafe<{ name: string }[]>(
          "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
        )
      : await prisma.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return rows.map((row) => row.name);
}

/**
 * Every row of a table in a stable order: SQLite's rowid (insertion order), or on PostgreSQL the
 * first columns (the id, or EventActor's two keys), which has no rowid.
 */
export function allRows(prisma: PrismaClient, table: string): Promise<unknown[]> {
  const quoted = `"${table.replace(/"/g, '""')}"`;
  return prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM ${quoted} ORDER BY ${dialectOf(prisma) === "postgresql" ? "1, 2" : "rowid"}`);
}

/** JSON for digests: bigints as text (SQLite counts, PostgreSQL int8), dates as ISO text. */
export const digestJson = (rows: unknown) => JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
