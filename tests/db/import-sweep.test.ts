import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createImportRun } from "@/lib/import/runs";
import { launchImportWorker } from "@/lib/import/spawn-worker";
import { storeUpload } from "@/lib/import/uploads";
import { STALE_UPLOAD_MS, sweepStaleUploads } from "@/lib/import/sweep-uploads";
import { generateFiguresCsv } from "@/tests/helpers/generate-figures-csv";
import { seededDb } from "@/tests/helpers/import-db";
import { pointEnvAt, type TempDb } from "@/tests/helpers/temp-db";

// What a killed worker leaves in the upload folder (its upload, options, progress file, a cut-off
// upload's temporary file) is swept by the next worker as it starts, once a day old; a live
// import's files and anything the folder holds that is not ours stay.

let db: TempDb;
let uploadDir: string;
const saved = { DATABASE_FILE: process.env.DATABASE_FILE, DATABASE_URL: process.env.DATABASE_URL, UPLOAD_DIR: process.env.UPLOAD_DIR };

beforeAll(async () => {
  db = await seededDb();
  uploadDir = mkdtempSync(path.join(os.tmpdir(), "aidflow-sweep-uploads-"));
  // The worker inherits the environment: our throwaway database and upload folder.
  pointEnvAt(db.file);
  process.env.UPLOAD_DIR = uploadDir;
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await db.cleanup();
  rmSync(uploadDir, { recursive: true, force: true });
});

const LEFT_BEHIND = ["901.csv", "901.options.json", "901.progress.json", "902.progress.json.4242.tmp", "incoming-0b9f6c1e-1d2a-4c55-9a4e-7f1e2d3c4b5a.tmp"];

function writeAged(name: string, ageMs: number): void {
  const file = path.join(uploadDir, name);
  writeFileSync(file, "left behind\n");
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(file, at, at);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

it("removes only this folder's own files, and only once they are a day old", () => {
  for (const name of LEFT_BEHIND) writeAged(name, STALE_UPLOAD_MS + 60_000);
  writeAged("903.csv", STALE_UPLOAD_MS - 60_000);
  writeAged("notes.txt", 10 * STALE_UPLOAD_MS);
  expect(sweepStaleUploads(uploadDir).sort()).toEqual([...LEFT_BEHIND].sort());
  expect(readdirSync(uploadDir).sort()).toEqual(["903.csv", "notes.txt"]);
  expect(sweepStaleUploads(path.join(uploadDir, "missing"))).toEqual([]);
  rmSync(path.join(uploadDir, "903.csv"));
});

it("a starting worker sweeps what a killed one left, and still imports its own file", async () => {
  for (const name of LEFT_BEHIND) writeAged(name, STALE_UPLOAD_MS + 60_000);
  const slug = "sweep-test";
  const runId = await createImportRun(db.prisma, { actor: "sweep-test", fileName: `${slug}.csv`, sha256: "-", datasetSlug: slug, mode: "merge", dryRun: false }, null);
  storeUpload(uploadDir, runId, new TextEncoder().encode(generateFiguresCsv(20, { dataset: slug, prefix: slug })));
  const code = await exited(await launchImportWorker(db.prisma, runId));
  expect(code).toBe(0);
  expect(await db.prisma.figure.count({ where: { key: { startsWith: `${slug}-` } } })).toBe(20);
  expect(readdirSync(uploadDir)).toEqual(["notes.txt"]);
  expect(existsSync(path.join(uploadDir, `${runId}.csv`))).toBe(false);
}, 120_000);
