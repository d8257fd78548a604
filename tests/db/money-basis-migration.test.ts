import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LEGACY_BASES } from "@/tests/helpers/vocabulary";
import { onlyOnSqlite } from "@/tests/helpers/temp-db";

// The migration that makes money's basis structured (prisma/migrations/20261206130000_money_basis)
// must keep every figure's meaning: each former currencyBasis code becomes exactly the price basis,
// year and denomination listed in tests/helpers/vocabulary.ts, and figures that are not money keep
// none. The PostgreSQL migration runs the same UPDATEs.

const MIGRATIONS = path.resolve("prisma", "migrations");
const THIS_ONE = "20261206130000_money_basis";

const migrationSql = (folder: string) => readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");

describe.skipIf(onlyOnSqlite())("the money basis migration", () => {
  it("maps each former currency basis code as listed, and leaves other figures without one", () => {
    const db = new Database(":memory:");
    const before = readdirSync(MIGRATIONS)
      .filter((folder) => /^\d{14}_/.test(folder) && folder < THIS_ONE)
      .sort();
    for (const folder of before) db.exec(migrationSql(folder));

    db.exec(`INSERT INTO "Dataset" ("slug", "title", "description", "licence", "citation", "lastUpdated") VALUES ('d', 'D', 'D', 'L', 'C', '2026-01-01')`);
    db.exec(`INSERT INTO "Source" ("datasetId", "key", "kind", "author", "title", "citation") VALUES (1, 's', 'primary', 'A', 'T', 'C')`);
    const insert = db.prepare(
      `INSERT INTO "Figure" ("datasetId", "key", "label", "category", "kind", "value", "valuePrinted", "unit", "currencyBasis", "qualifier", "periodStatus", "sourceId", "section", "phrase", "searchText")
       VALUES (1, ?, 'x', 'credits_loans', 'commitment', 1, '1', ?, ?, 'exact', 'unknown', 1, 's', 'p', 'x')`,
    );
    const unitOf = (code: string) => (code.startsWith("usd") ? "USD" : code.startsWith("rub") ? "RUB" : "MCY");
    for (const code of Object.keys(LEGACY_BASES)) insert.run(code, unitOf(code), code);
    insert.run("tons", "t", null);

    db.exec(migrationSql(THIS_ONE));
    const rows = db.prepare(`SELECT "key", "unit", "priceBasis", "priceYear", "denomination" FROM "Figure" ORDER BY "id"`).all() as Record<string, unknown>[];
    const byKey = Object.fromEntries(rows.map(({ key, ...row }) => [key, row]));
    for (const [code, basis] of Object.entries(LEGACY_BASES)) expect(byKey[code], code).toEqual({ unit: unitOf(code), ...basis });
    expect(byKey.tons).toEqual({ unit: "t", priceBasis: null, priceYear: null, denomination: null });
    const columns = (db.prepare(`PRAGMA table_info("Figure")`).all() as { name: string }[]).map((column) => column.name);
    expect(columns).not.toContain("currencyBasis");
    db.close();
  });

  it("runs the same data updates on PostgreSQL", () => {
    const updates = (sql: string) => sql.split("\n").filter((line) => line.startsWith("UPDATE"));
    const postgres = readFileSync(path.resolve("prisma", "postgres", "migrations", THIS_ONE, "migration.sql"), "utf8");
    expect(updates(postgres)).toEqual(updates(migrationSql(THIS_ONE)));
    expect(updates(postgres)).toHaveLength(5);
  });
});
