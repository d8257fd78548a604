import { afterAll, beforeAll, expect, it } from "vitest";
import { generateFiguresCsv } from "@/tests/helpers/generate-figures-csv";
import { importBytes, seededDb } from "@/tests/helpers/import-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// A replace import reads the figures it removes a page at a time (stored-figures.ts, notIn) rather
// than as one list: this one removes more than a page, and every removed figure must be gone, with
// one "delete" entry each, and every kept one still there.

let db: TempDb;
beforeAll(async () => {
  db = await seededDb();
});
afterAll(() => db.cleanup());

const ALL = 2_600;
const KEPT = 100;

it("removes thousands of figures, each once and each audited, and keeps the rest", async () => {
  const slug = "replace-many";
  const csv = generateFiguresCsv(ALL, { dataset: slug, prefix: slug });
  const first = await importBytes(db.prisma, new TextEncoder().encode(csv), { fileName: `${slug}.csv` });
  expect(first).toMatchObject({ status: "applied", added: ALL });

  // The file's first lines: a component follows its parent, so every kept figure keeps its parent.
  const lines = csv.trimEnd().split("\r\n");
  const kept = `${lines.slice(0, KEPT + 1).join("\r\n")}\r\n`;
  const result = await importBytes(db.prisma, new TextEncoder().encode(kept), { fileName: `${slug}.csv`, mode: "replace" });
  expect(result).toMatchObject({ status: "applied", added: 0, changed: 0, removed: ALL - KEPT });

  const left = await db.prisma.figure.findMany({ where: { dataset: { slug } }, select: { key: true } });
  expect(left.map((figure) => figure.key).sort()).toEqual(
    Array.from({ length: KEPT }, (_, index) => `${slug}-${index}`).sort(),
  );
  const deletions = await db.prisma.auditEntry.findMany({ where: { importId: result.runId, action: "delete" }, select: { entityKey: true } });
  const deletedKeys = deletions.map((entry) => entry.entityKey);
  expect(new Set(deletedKeys).size).toBe(ALL - KEPT);
  expect(deletedKeys.sort()).toEqual(Array.from({ length: ALL - KEPT }, (_, index) => `${slug}-${index + KEPT}`).sort());
});
