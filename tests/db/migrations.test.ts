import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { allRows, createTempDb, testDialect } from "@/tests/helpers/temp-db";

// The committed migrations must build exactly the schema the model describes, on each database:
// a migration written by hand, or a model change without its migration, fails here.

const PRISMA = path.resolve("node_modules", "prisma", "build", "index.js");

function prisma(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [PRISMA, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every table and index of a SQLite database, as SQL with whitespace normalised. */
function sqliteSchema(db: Database.Database): string[] {
  return (
    db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name").all() as {
      sql: string;
    }[]
  ).map((row) => row.sql.replace(/\s+/g, " "));
}

describe.skipIf(testDialect() !== "sqlite")("SQLite migrations (prisma/migrations)", () => {
  it("build the schema prisma/schema.prisma describes", async () => {
    const db = await createTempDb(); // migrated by `prisma migrate deploy`
    try {
      await db.prisma.$disconnect();
      const migrated = new Database(db.file, { readonly: true });
      const fromMigrations = sqliteSchema(migrated);
      migrated.close();

      // prisma.config.ts opens DATABASE_FILE even for --from-empty; on a fresh clone the default
      // data/aidflow.db does not exist yet, so point it at the temp database.
      const script = prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { DATABASE_FILE: db.file });
      expect(script.status, script.stderr).toBe(0);
      const fresh = new Database(":memory:");
      fresh.exec(script.stdout);
      expect(fromMigrations).toEqual(sqliteSchema(fresh));
      fresh.close();
    } finally {
      await db.cleanup();
    }
  });
});

describe.skipIf(testDialect() !== "postgresql")("PostgreSQL migrations (prisma/postgres/migrations)", () => {
  it("leave nothing to change between the migrations and prisma/postgres/schema.prisma", async () => {
    const db = await createTempDb();
    try {
      expect((await allRows(db.prisma, "_prisma_migrations")).length).toBeGreaterThan(0);
      // --from-migrations replays them into a temporary shadow database on the same server.
      const diff = prisma(
        ["migrate", "diff", "--config", "prisma.postgres.config.ts", "--from-migrations", "prisma/postgres/migrations", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--exit-code"],
        { DATABASE_URL: db.file },
      );
      expect(diff.status, `${diff.stdout}\n${diff.stderr}`).toBe(0);
    } finally {
      await db.cleanup();
    }
  });
});
