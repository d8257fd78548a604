import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { runPrisma } from "@/scripts/lib/run-prisma";
import type { PrismaClient } from "@/generated/prisma/client";

// Throwaway SQLite files for database tests. Migrations run once per test process into a template
// file; each test database is a copy of it, so every test starts from an empty, migrated schema.
let template: string | undefined;

function migratedTemplate(): string {
  if (template && existsSync(template)) return template;
  const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-template-"));
  template = path.join(dir, "template.db");
  runPrisma(["migrate", "deploy"], { DATABASE_FILE: template });
  return template;
}

export interface TempDb {
  file: string;
  prisma: PrismaClient;
  cleanup: () => Promise<void>;
}

export async function createTempDb(): Promise<TempDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(migratedTemplate(), file);
  const prisma = createPrismaClient(file);
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
