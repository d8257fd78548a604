import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPackageDirectory } from "@/lib/import/package/read-directory";
import { databaseDigest, importBytes, seededDb } from "@/tests/helpers/import-db";
import { exportDataPackage } from "@/tests/helpers/routes-on-db";
import { createTempDb, type TempDb } from "@/tests/helpers/temp-db";

// A data package is checked whole before anything is written: every problem names its file (the
// resource, or datapackage.json and a property), its row and its column, and a package with any
// problem writes nothing. A valid package that differs from the database is applied like a CSV
// import: audit entries, and one new version with its changelog entry. A package in a folder
// (datapackage.json beside its CSV files) imports like its zip.

const SLUG = "sino-soviet-1950-1980";
let exported: Uint8Array;
const dbs: TempDb[] = [];

beforeAll(async () => {
  const source = await seededDb();
  dbs.push(source);
  exported = await exportDataPackage(source.file, SLUG);
});
afterAll(async () => {
  for (const db of dbs.splice(0)) await db.cleanup();
});
async function open(make: () => Promise<TempDb>): Promise<TempDb> {
  const db = await make();
  dbs.push(db);
  return db;
}

/** The exported package with some of its files rewritten (or removed, when the edit returns null). */
function edited(edits: Record<string, (text: string) => string | null>): Uint8Array {
  const files = unzipSync(exported);
  for (const [name, edit] of Object.entries(edits)) {
    const text = edit(strFromU8(files[name]!));
    if (text === null) delete files[name];
    else files[name] = strToU8(text);
  }
  return zipSync(files);
}

/** A CSV's cell rewritten: the first data row whose `match` column equals `value` gets `column` = `to`. */
function setCell(text: string, match: string, value: string, column: string, to: string): string {
  const parsed = Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  const row = rows.find((cells) => cells[header!.indexOf(match)] === value)!;
  row[header!.indexOf(column)] = to;
  return `${Papa.unparse([header!, ...rows], { newline: "\r\n" })}\r\n`;
}

const firstKey = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!.key!;
const located = (problems: { row: number | null; column: string | null; code: string }[]) => problems.map(({ row, column, code }) => ({ row, column, code }));

describe("checking a package", () => {
  it("names the file, the row and the column of every problem, and writes nothing", async () => {
    const db = await open(createTempDb);
    const files = unzipSync(exported);
    const eventKey = firstKey(strFromU8(files["events.csv"]!));
    const figureKey = firstKey(strFromU8(files["figures.csv"]!));
    const bytes = edited({
      "events.csv": (text) => setCell(text, "key", eventKey, "type", "picnic"),
      "figures.csv": (text) => setCell(text, "key", figureKey, "unit", "9 furlongs"),
      "phases.csv": (text) => setCell(text, "key", Papa.parse<Record<string, string>>(text, { header: true }).data[0]!.key!, "start_year", "19x0"),
      "datapackage.json": (text) => text.replace('"aidflow:datasetVersion": ', '"aidflow:datasetVersion": -'),
    });
    const result = await importBytes(db.prisma, bytes, { fileName: "broken.zip" });
    expect(result.status).toBe("rejected");
    // The descriptor comes first and stops the rest: without it the tables cannot be read.
    expect(located(result.problems)).toEqual([{ row: null, column: "datapackage.json:aidflow:datasetVersion", code: "invalid_format" }]);

    const tables = edited({
      "events.csv": (text) => setCell(text, "key", eventKey, "type", "picnic"),
      "figures.csv": (text) => setCell(text, "key", figureKey, "unit", "9 furlongs"),
      "phases.csv": (text) => setCell(text, "key", Papa.parse<Record<string, string>>(text, { header: true }).data[0]!.key!, "start_year", "19x0"),
    });
    const rejected = await importBytes(db.prisma, tables, { fileName: "broken.zip" });
    expect(rejected.status).toBe("rejected");
    expect(located(rejected.problems)).toEqual([
      { row: 2, column: "figures.csv:unit", code: "invalid_format" },
      { row: 2, column: "phases.csv:start_year", code: "invalid_number" },
      { row: 2, column: "events.csv:type", code: "unknown_value" },
    ]);
    expect(await db.prisma.dataset.count()).toBe(0);
    expect(await db.prisma.actor.count()).toBe(0);
    expect(await db.prisma.conversionRate.count()).toBe(0);
  });

  it("checks the tables against each other: a missing file, an unknown phase or source, a changed rate", async () => {
    const source = await open(seededDb);
    const before = await databaseDigest(source.prisma, { exclude: ["ImportRun"] });
    const missing = await importBytes(source.prisma, edited({ "phases.csv": () => null }), { fileName: "no-phases.zip" });
    expect(located(missing.problems)).toEqual([{ row: null, column: "phases.csv", code: "missing_file" }]);

    const files = unzipSync(exported);
    const eventKey = firstKey(strFromU8(files["events.csv"]!));
    const rateKey = firstKey(strFromU8(files["conversion-rates.csv"]!));
    const figureKey = firstKey(strFromU8(files["figures.csv"]!));
    const crossed = edited({
      "figures.csv": (text) => setCell(text, "key", figureKey, "source", "no-such-source"),
      "events.csv": (text) => setCell(setCell(text, "key", eventKey, "phase", "no-such-phase"), "key", eventKey, "source", "no-such-source"),
      "conversion-rates.csv": (text) => setCell(text, "key", rateKey, "rate", "123"),
    });
    const result = await importBytes(source.prisma, crossed, { fileName: "crossed.zip" });
    const eventRow = Papa.parse<Record<string, string>>(strFromU8(files["events.csv"]!), { header: true }).data.findIndex((row) => row.key === eventKey) + 2;
    expect(located(result.problems)).toEqual([
      { row: 2, column: "figures.csv:source", code: "unknown_source" },
      { row: eventRow, column: "events.csv:phase", code: "unknown_phase" },
      { row: eventRow, column: "events.csv:source", code: "unknown_source" },
      { row: 2, column: "conversion-rates.csv:key", code: "rate_conflict" },
    ]);
    expect(await databaseDigest(source.prisma, { exclude: ["ImportRun"] })).toBe(before);
  });
});

describe("applying a package", () => {
  it("writes what differs with its audit entries and one new version; a dry run only counts", async () => {
    const db = await open(seededDb);
    const files = unzipSync(exported);
    const figureKey = firstKey(strFromU8(files["figures.csv"]!));
    const eventKey = firstKey(strFromU8(files["events.csv"]!));
    const changed = edited({
      "figures.csv": (text) => setCell(text, "key", figureKey, "notes", "Corrected through a data package."),
      "events.csv": (text) => setCell(text, "key", eventKey, "label", "Relabelled through a data package"),
      "phases.csv": (text) => `${text}extra-phase,Extra phase,A phase the package adds.,1990,1991\r\n`,
    });
    const { version } = await db.prisma.dataset.findUniqueOrThrow({ where: { slug: SLUG } });

    const before = await databaseDigest(db.prisma, { exclude: ["ImportRun"] });
    const dry = await importBytes(db.prisma, changed, { fileName: "changed.zip", dryRun: true });
    expect(dry).toMatchObject({ status: "checked", changed: 1, resources: { events: { changed: 1 }, phases: { added: 1 } } });
    expect(await databaseDigest(db.prisma, { exclude: ["ImportRun"] })).toBe(before);

    const result = await importBytes(db.prisma, changed, { fileName: "changed.zip" });
    expect(result).toMatchObject({ status: "applied", added: 0, changed: 1, removed: 0, versionFrom: version, versionTo: version + 1 });
    expect(result.resources).toMatchObject({ events: { added: 0, changed: 1 }, phases: { added: 1, changed: 0 }, sources: { added: 0, changed: 0 } });
    const audits = await db.prisma.auditEntry.findMany({ where: { importId: result.runId }, orderBy: { id: "asc" } });
    expect(audits.map(({ entity, action, entityKey }) => `${entity} ${action} ${entityKey}`).sort()).toEqual(
      [`event update ${eventKey}`, `figure update ${figureKey}`, "phase create extra-phase"].sort(),
    );
    const entry = await db.prisma.changelogEntry.findFirstOrThrow({ where: { dataset: { slug: SLUG }, version: version + 1 } });
    expect(entry.summary).toContain("changed.zip");
    expect(await db.prisma.event.findFirstOrThrow({ where: { key: eventKey } })).toMatchObject({ label: "Relabelled through a data package" });
  });

  it("imports a datapackage.json beside its CSV files as it imports the zip", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-package-"));
    try {
      for (const [name, bytes] of Object.entries(unzipSync(exported))) writeFileSync(path.join(dir, name), bytes);
      const empty = await open(createTempDb);
      const files = readPackageDirectory(path.join(dir, "datapackage.json"), 50 * 1024 * 1024);
      const result = await importBytes(empty.prisma, files.descriptor, { fileName: files.fileName, packageFiles: files });
      expect(result.problems).toEqual([]);
      expect(result).toMatchObject({ status: "applied", datasetCreated: true });
      expect(await exportDataPackage(empty.file, SLUG)).toEqual(exported);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
