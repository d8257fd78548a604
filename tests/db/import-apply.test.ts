import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { NEW_DATASET_DEFAULTS } from "@/lib/import/new-records";
import { databaseDigest, exportFiguresCsv, importBytes, seededDb } from "@/tests/helpers/import-db";
import { createTempDb, testDialect, type TempDb } from "@/tests/helpers/temp-db";

// What a valid import writes: matched by key, re-importing changes nothing, merge adds and updates,
// replace also removes (with an audit trail), a dry run writes nothing, a new dataset is created,
// a failure half-way leaves nothing, and an export survives import into a fresh database byte for
// byte. Expectations come from the seeded data and the files built here, not from constants.

const dbs: TempDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.cleanup();
});
async function open(): Promise<TempDb> {
  const db = await seededDb();
  dbs.push(db);
  return db;
}

type Row = Record<(typeof FIGURE_CSV_HEADERS)[number], string>;
type Table = { header: string[]; rows: Row[] };
function parse(csv: string): Table {
  const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  return { header: header!, rows: rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ""])) as Row) };
}
function unparse(table: Table): Uint8Array {
  const lines = Papa.unparse([table.header, ...table.rows.map((row) => table.header.map((name) => (row as Record<string, string>)[name] ?? ""))], { newline: "\r\n" });
  return new TextEncoder().encode(`${lines}\r\n`);
}

async function datasetVersion(db: TempDb, slug: string) {
  return (await db.prisma.dataset.findUniqueOrThrow({ where: { slug } })).version;
}

describe("importing the dataset's own export", () => {
  it("changes nothing: no writes, no version bump, status unchanged", async () => {
    const db = await open();
    const csv = await exportFiguresCsv(db.file);
    const table = parse(csv);
    const slug = table.rows[0]!.dataset!;
    const before = await databaseDigest(db.prisma, { exclude: ["ImportRun"] });
    const version = await datasetVersion(db, slug);

    const result = await importBytes(db.prisma, new TextEncoder().encode(csv));
    expect(result.status).toBe("unchanged");
    expect(result).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: table.rows.length, rowsTotal: table.rows.length });
    expect(await databaseDigest(db.prisma, { exclude: ["ImportRun"] })).toBe(before);
    expect(await datasetVersion(db, slug)).toBe(version);
    const run = await db.prisma.importRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({ status: "unchanged", rowsUnchanged: table.rows.length, versionTo: null });
  });
});

describe("a merge import", () => {
  it("adds and updates in one version, with one audit entry per changed figure", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    const slug = table.rows[0]!.dataset!;
    const version = await datasetVersion(db, slug);
    // Change the first figure's value and notes; add a copy of the second under a new key.
    const target = table.rows[0]!;
    const oldValue = Number(target.value);
    target.value = String(oldValue + 1);
    target.notes = "Corrected by a test import.";
    const added: Row = { ...table.rows[1]!, id: "", permalink: "", key: "test-added-figure", parent_key: "" };
    table.rows.push(added);

    const result = await importBytes(db.prisma, unparse(table), { actor: "tester", fileName: "merge.csv" });
    expect(result.status).toBe("applied");
    expect(result).toMatchObject({ added: 1, changed: 1, removed: 0, unchanged: table.rows.length - 2 });
    expect(result.versionFrom).toBe(version);
    expect(result.versionTo).toBe(version + 1);

    const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug }, include: { changelog: true } });
    expect(dataset.version).toBe(version + 1);
    const entry = dataset.changelog.find((c) => c.version === version + 1)!;
    expect(entry.summary).toContain("merge.csv");
    expect(entry.summary).toContain("1 added, 1 changed, 0 removed");

    const changed = await db.prisma.figure.findFirstOrThrow({ where: { key: target.key } });
    expect(changed.value).toBe(oldValue + 1);
    expect(changed.id).toBe(Number(target.id));
    const audits = await db.prisma.auditEntry.findMany({ where: { importId: result.runId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.entityKey]).sort()).toEqual([
      ["create", "test-added-figure"],
      ["update", target.key],
    ]);
    const update = audits.find((a) => a.action === "update")!;
    expect(update.actor).toBe("tester");
    expect(JSON.parse(update.changes)).toMatchObject({ value: [oldValue, oldValue + 1], notes: [expect.anything(), "Corrected by a test import."] });
    const created = JSON.parse(audits.find((a) => a.action === "create")!.changes);
    expect(created).toMatchObject({ key: "test-added-figure", label: added.label, source: added.source });

    const run = await db.prisma.importRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({ status: "applied", actor: "tester", fileName: "merge.csv", rowsAdded: 1, rowsChanged: 1, versionTo: version + 1 });
    expect(run.sha256).toMatch(/^[0-9a-f]{64}$/);

    // The same file again: nothing left to change.
    expect((await importBytes(db.prisma, unparse(table))).status).toBe("unchanged");
    expect(await datasetVersion(db, slug)).toBe(version + 1);
  });

  it("never removes a figure the file leaves out", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    const count = await db.prisma.figure.count();
    const parents = new Set(table.rows.map((row) => row.parent_key));
    table.rows = table.rows.filter((row, index) => index === 0 || parents.has(row.key) || row.parent_key !== "").slice(0, 5);
    expect((await importBytes(db.prisma, unparse(table))).status).toBe("unchanged");
    expect(await db.prisma.figure.count()).toBe(count);
  });
});

describe("a replace import", () => {
  it("removes figures absent from the file, each audited with its whole old row", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    const slug = table.rows[0]!.dataset!;
    // Leave out two figures that are nobody's parent and have none, so the file stays consistent.
    const parents = new Set(table.rows.map((row) => row.parent_key).filter((key) => key !== ""));
    const leaves = table.rows.filter((row) => !parents.has(row.key) && row.parent_key === "").slice(0, 2);
    expect(leaves).toHaveLength(2);
    const removedKeys = leaves.map((row) => row.key);
    table.rows = table.rows.filter((row) => !removedKeys.includes(row.key));
    const version = await datasetVersion(db, slug);

    const result = await importBytes(db.prisma, unparse(table), { mode: "replace" });
    expect(result).toMatchObject({ status: "applied", added: 0, changed: 0, removed: 2 });
    expect(await db.prisma.figure.count({ where: { key: { in: removedKeys } } })).toBe(0);
    expect(await datasetVersion(db, slug)).toBe(version + 1);
    const deletions = await db.prisma.auditEntry.findMany({ where: { importId: result.runId, action: "delete" } });
    expect(deletions.map((d) => d.entityKey).sort()).toEqual([...removedKeys].sort());
    for (const deletion of deletions) {
      const row = leaves.find((leaf) => leaf.key === deletion.entityKey)!;
      expect(deletion.entityId).toBe(Number(row.id));
      expect(JSON.parse(deletion.changes)).toMatchObject({ key: row.key, label: row.label, value: Number(row.value), unit: row.unit, source: row.source });
    }
  });

  it("refuses a file whose parent would be removed", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    const child = table.rows.find((row) => row.parent_key !== "")!;
    table.rows = table.rows.filter((row) => row.key !== child.parent_key);
    const result = await importBytes(db.prisma, unparse(table), { mode: "replace" });
    expect(result.status).toBe("rejected");
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "unknown_parent", column: "parent_key" }));
  });
});

describe("a dry run", () => {
  it("counts what would change and writes nothing but its record", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    table.rows[0]!.notes = "Would change.";
    table.rows.push({ ...table.rows[1]!, id: "", key: "dry-run-added", parent_key: "" });
    const before = await databaseDigest(db.prisma, { exclude: ["ImportRun"] });
    const result = await importBytes(db.prisma, unparse(table), { dryRun: true });
    expect(result).toMatchObject({ status: "checked", added: 1, changed: 1, removed: 0 });
    expect(await databaseDigest(db.prisma, { exclude: ["ImportRun"] })).toBe(before);
    expect(await db.prisma.importRun.findUniqueOrThrow({ where: { id: result.runId } })).toMatchObject({ status: "checked", dryRun: true, rowsAdded: 1 });
  });
});

describe("an import into a new dataset", () => {
  it("creates it with placeholders at version 1, with the sources the file declares", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    const rows = table.rows.filter((row) => row.parent_key === "" && row.cited_source === "").slice(0, 3);
    for (const row of rows) Object.assign(row, { dataset: "test-new-dataset", source: "test-source", source_citation: "Test, A. (2026). A test source." });
    const result = await importBytes(db.prisma, unparse({ header: table.header, rows }), { newDataset: { title: "A new test dataset" } });
    expect(result).toMatchObject({ status: "applied", added: 3, datasetCreated: true, versionFrom: null, versionTo: 1, sourcesAdded: ["test-source"] });
    const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug: "test-new-dataset" }, include: { changelog: true, sources: true } });
    expect(dataset).toMatchObject({ title: "A new test dataset", version: 1, citation: NEW_DATASET_DEFAULTS.citation });
    expect(dataset.changelog.map((c) => c.version)).toEqual([1]);
    expect(dataset.sources.map((s) => [s.key, s.kind, s.citation])).toEqual([["test-source", "primary", "Test, A. (2026). A test source."]]);
  });
});

describe("a write that fails half-way", () => {
  it("leaves nothing: no figure, no version, no audit, and the import is recorded as failed", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    const slug = table.rows[0]!.dataset!;
    const base = table.rows.find((row) => row.parent_key === "")!;
    const rows = Array.from({ length: 900 }, (_, i) => ({ ...base, id: "", key: `test-bulk-${i}`, label: `Bulk ${i}` }));
    // A trigger refuses the last row, after 899 rows (and more than one batch) were written.
    const postgres = testDialect() === "postgresql";
    if (postgres) {
      await db.prisma.$executeRawUnsafe(
        `CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."key" = 'test-bulk-899' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`,
      );
      await db.prisma.$executeRawUnsafe(`CREATE TRIGGER test_refuse BEFORE INSERT ON "Figure" FOR EACH ROW EXECUTE FUNCTION test_refuse()`);
    } else {
      await db.prisma.$executeRawUnsafe(
        `CREATE TRIGGER test_refuse BEFORE INSERT ON "Figure" WHEN NEW."key" = 'test-bulk-899' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
      );
    }
    const before = await databaseDigest(db.prisma, { exclude: ["ImportRun"] });
    const version = await datasetVersion(db, slug);
    const result = await importBytes(db.prisma, unparse({ header: table.header, rows }));
    expect(result.status).toBe("failed");
    expect(await db.prisma.figure.count({ where: { key: { startsWith: "test-bulk-" } } })).toBe(0);
    expect(await datasetVersion(db, slug)).toBe(version);
    expect(await databaseDigest(db.prisma, { exclude: ["ImportRun"] })).toBe(before);
    expect(await db.prisma.importRun.findUniqueOrThrow({ where: { id: result.runId } })).toMatchObject({ status: "failed" });
    // The connection is clean afterwards: the next import goes through.
    await db.prisma.$executeRawUnsafe(postgres ? 'DROP TRIGGER test_refuse ON "Figure"' : "DROP TRIGGER test_refuse");
    expect((await importBytes(db.prisma, unparse({ header: table.header, rows }))).status).toBe("applied");
  });
});

describe("the round trip", () => {
  it("export → import into a fresh database → export gives the same bytes", async () => {
    const source = await open();
    const first = await exportFiguresCsv(source.file);
    expect(parse(first).header).toEqual([...FIGURE_CSV_HEADERS]);

    // A fresh database: migrated, with the shared actors (imports never create actors), the
    // dataset's declared vocabulary (a CSV carries unit codes, not their declarations: its counts
    // and its non-ISO currency live in the dataset's metadata) and nothing else.
    const fresh = await createTempDb();
    dbs.push(fresh);
    const actors = await source.prisma.actor.findMany({ orderBy: { id: "asc" } });
    await fresh.prisma.actor.createMany({ data: actors });
    const { slug, title, description, licence, citation, lastUpdated, meta } = await source.prisma.dataset.findFirstOrThrow();
    const { units, currencies, categories } = JSON.parse(meta) as Record<string, unknown>;
    await fresh.prisma.dataset.create({ data: { slug, title, description, licence, citation, lastUpdated, meta: JSON.stringify({ units, currencies, categories }) } });
    expect(await fresh.prisma.figure.count()).toBe(0);

    const result = await importBytes(fresh.prisma, new TextEncoder().encode(first));
    expect(result.status, JSON.stringify(result.problems.slice(0, 3))).toBe("applied");
    expect(result.added).toBe(parse(first).rows.length);
    const second = await exportFiguresCsv(fresh.file);
    expect(second).toBe(first);
  });

  it("keeps Georgian, Chinese and Cyrillic text exactly, through import and export", async () => {
    const db = await open();
    const table = parse(await exportFiguresCsv(db.file));
    const texts = {
      label: "საბჭოთა კავშირის კრედიტი — 苏联贷款 — Советский кредит",
      notes: "ნელი ახობაძე; 中苏友好同盟互助条约; Договор о дружбе, союзе и взаимной помощи (1950)",
      section: "ქართული · 中文 · Русский",
    };
    const row = table.rows[0]!;
    Object.assign(row, texts);
    expect((await importBytes(db.prisma, unparse(table))).status).toBe("applied");
    const stored = await db.prisma.figure.findFirstOrThrow({ where: { key: row.key } });
    expect({ label: stored.label, notes: stored.notes, section: stored.section }).toEqual(texts);
    const exported = parse(await exportFiguresCsv(db.file)).rows.find((r) => r.key === row.key)!;
    expect({ label: exported.label, notes: exported.notes, section: exported.section }).toEqual(texts);
  });
});
