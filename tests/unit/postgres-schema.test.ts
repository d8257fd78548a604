import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA_FILE, SQLITE_SCHEMA_FILE, derivePostgresSchema } from "@/scripts/lib/postgres-schema";

// prisma/postgres/schema.prisma is derived from prisma/schema.prisma (one model, two providers).
// A stale copy would make the PostgreSQL client and migrations drift from the SQLite ones.
describe("the PostgreSQL schema", () => {
  const sqlite = readFileSync(SQLITE_SCHEMA_FILE, "utf8");
  const postgres = readFileSync(POSTGRES_SCHEMA_FILE, "utf8");

  it("is exactly what scripts/prisma-postgres.ts derives from prisma/schema.prisma (run npm run db:pg:schema)", () => {
    expect(postgres).toBe(derivePostgresSchema(sqlite));
  });

  it("differs from the SQLite schema only in its datasource and its client's output folder", () => {
    const models = (schema: string) => schema.slice(schema.indexOf("\nmodel "));
    expect(models(postgres)).toBe(models(sqlite));
    expect(postgres).toMatch(/provider = "postgresql"/);
    expect(postgres).toMatch(/output\s+= "\.\.\/\.\.\/generated\/prisma-pg"/);
    expect(postgres).toMatch(/engineType = "client"/);
  });

  it("refuses a source schema it does not recognise instead of writing a wrong one", () => {
    expect(() => derivePostgresSchema(sqlite.replace(/datasource db \{[^}]*\}/, ""))).toThrow(/datasource/);
    expect(() => derivePostgresSchema(sqlite.replace('"../generated/prisma"', '"elsewhere"'))).toThrow(/output/);
  });
});
