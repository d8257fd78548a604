import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "@/lib/import/sha256";
import type { CatalogueEntry } from "@/tests/fixtures/csv/catalogue";
import { databaseDigest, importBytes, seededDb } from "@/tests/helpers/import-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// Every file of the CSV catalogue (tests/fixtures/csv/manifest.json) is imported into a seeded
// database, as the command line would import it. A malformed file must be refused with its expected
// problem (code, row, column), and leave every table exactly as it was: only the import log gains a
// "rejected" entry, since every import, refused or not, is recorded. A valid file must be applied,
// with the stored text exactly as in the file.

const DIR = path.join(process.cwd(), "tests", "fixtures", "csv");
type ManifestEntry = Omit<CatalogueEntry, "build">;
const manifest = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as ManifestEntry[];
const rejected = manifest.filter((entry) => entry.expect.status === "rejected");
const accepted = manifest.filter((entry) => entry.expect.status === "applied");

const limitsOf = (entry: ManifestEntry) => ({
  maxBytes: entry.options?.maxBytes ?? 50 * 1024 * 1024,
  maxRows: entry.options?.maxRows ?? 1_000_000,
});

it("holds at least 50 malformed files, each on disk", () => {
  expect(rejected.length).toBeGreaterThanOrEqual(50);
  for (const entry of manifest) expect(() => readFileSync(path.join(DIR, entry.file))).not.toThrow();
});

describe("malformed files are refused, and change nothing", () => {
  let db: TempDb;
  // Every refused file must leave the data exactly as it was before the first one.
  let baseline: string;
  beforeAll(async () => {
    db = await seededDb();
    baseline = await databaseDigest(db.prisma, { exclude: ["ImportRun"] });
  });
  afterAll(async () => {
    await db.cleanup();
  });

  for (const entry of rejected) {
    it(`${entry.file}: ${entry.about}`, async () => {
      if (entry.expect.status !== "rejected") return;
      const bytes = readFileSync(path.join(DIR, entry.file));
      const runsBefore = await db.prisma.importRun.count();

      const result = await importBytes(db.prisma, bytes, {
        fileName: entry.file,
        dataset: entry.options?.dataset,
        mode: entry.options?.mode,
        limits: limitsOf(entry),
      });

      expect(result.status).toBe("rejected");
      const { code, row, column, messageIncludes } = entry.expect;
      expect(result.problems, JSON.stringify(result.problems.slice(0, 5))).toContainEqual(expect.objectContaining({ code, row, column }));
      if (messageIncludes) expect(result.problems.find((p) => p.code === code)?.message).toContain(messageIncludes);
      expect(result.errorCount).toBeGreaterThanOrEqual(1);

      expect(await databaseDigest(db.prisma, { exclude: ["ImportRun"] })).toBe(baseline);
      expect(await db.prisma.importRun.count()).toBe(runsBefore + 1);
      const run = await db.prisma.importRun.findUniqueOrThrow({ where: { id: result.runId } });
      expect(run).toMatchObject({ status: "rejected", errorCount: result.errorCount, sha256: sha256Hex(bytes), fileName: entry.file });
    });
  }
});

describe("awkward but valid files are applied exactly", () => {
  for (const entry of accepted) {
    it(`${entry.file}: ${entry.about}`, async () => {
      if (entry.expect.status !== "applied") return;
      const db = await seededDb();
      try {
        const bytes = readFileSync(path.join(DIR, entry.file));
        const result = await importBytes(db.prisma, bytes, { fileName: entry.file, dataset: entry.options?.dataset, limits: limitsOf(entry) });
        expect(result.status, JSON.stringify(result.problems.slice(0, 5))).toBe("applied");
        for (const { key, field, value } of entry.expect.stored) {
          const figure = await db.prisma.figure.findFirstOrThrow({ where: { key }, include: { source: true, citedSource: true } });
          const stored = field.split(".").reduce<unknown>((object, part) => (object as Record<string, unknown> | null)?.[part], figure);
          expect(stored, `${key}.${field}`).toBe(value);
        }
        // Importing the same file again finds nothing to change.
        expect((await importBytes(db.prisma, bytes, { dataset: entry.options?.dataset, limits: limitsOf(entry) })).status).toBe("unchanged");
      } finally {
        await db.cleanup();
      }
    });
  }
});
