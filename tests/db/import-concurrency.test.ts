import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { progressFilePath, readProgressFile } from "@/lib/import/progress-file";
import { createImportRun } from "@/lib/import/runs";
import { launchImportWorker } from "@/lib/import/spawn-worker";
import { storeUpload } from "@/lib/import/uploads";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { generateFiguresCsv } from "@/tests/helpers/generate-figures-csv";
import { emptyStats, percentile, readerPaths, readUntil, type Fetcher } from "@/tests/helpers/reader-load";
import type { TempDb } from "@/tests/helpers/temp-db";

// Readers during an import (the light version; `npm run test:stress` runs 20 readers over HTTP
// during a 100,000-row import). The import runs in the real worker process, as an upload starts
// it; five readers in this process call the read API's route handlers in a loop until it ends.
// Every answer must be a 200, and no SQLITE_BUSY may reach a client: in WAL mode readers read the
// last committed state while the import's transaction writes.

const ROWS = Number(process.env.CONCURRENCY_ROWS ?? 10_000);
const READERS = 5;
let db: TempDb;
let uploadDir: string;
const saved = { UPLOAD_DIR: process.env.UPLOAD_DIR, RATE_LIMIT_API_PER_MIN: process.env.RATE_LIMIT_API_PER_MIN };

beforeAll(async () => {
  db = await openSeededApiDb(); // points DATABASE_FILE (inherited by the worker) at the test file
  uploadDir = mkdtempSync(path.join(os.tmpdir(), "aidflow-concurrency-"));
  process.env.UPLOAD_DIR = uploadDir;
});

afterAll(async () => {
  await closeSeededApiDb(db);
  rmSync(uploadDir, { recursive: true, force: true });
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

it(`serves ${READERS} readers without an error during a ${ROWS}-row import`, async () => {
  const routes = {
    figures: await import("@/app/api/v1/figures/route"),
    figure: await import("@/app/api/v1/figures/[id]/route"),
    datasets: await import("@/app/api/v1/datasets/route"),
    dataset: await import("@/app/api/v1/datasets/[slug]/route"),
    events: await import("@/app/api/v1/events/route"),
  };
  const fetcher: Fetcher = async (pathAndQuery) => {
    const url = new URL(`http://localhost${pathAndQuery}`);
    const [, , , resource, param] = url.pathname.split("/");
    const request = new Request(url);
    const response =
      resource === "figures" && param
        ? await routes.figure.GET(request, { params: Promise.resolve({ id: param }) })
        : resource === "figures"
          ? await routes.figures.GET(request)
          : resource === "datasets" && param
            ? await routes.dataset.GET(request, { params: Promise.resolve({ slug: param }) })
            : resource === "datasets"
              ? await routes.datasets.GET(request)
              : await routes.events.GET(request);
    return { status: response.status, text: await response.text() };
  };
  const slug = (await db.prisma.dataset.findFirstOrThrow()).slug;
  const ids = (await db.prisma.figure.findMany({ select: { id: true } })).map((f) => f.id);

  const bytes = new TextEncoder().encode(generateFiguresCsv(ROWS, { dataset: "concurrency-test", prefix: "concurrency" }));
  const runId = await createImportRun(
    db.prisma,
    { actor: "concurrency-test", fileName: "concurrency.csv", sha256: "-", datasetSlug: "concurrency-test", mode: "merge", dryRun: false },
    null,
  );
  storeUpload(uploadDir, runId, bytes);
  const worker: ChildProcess = await launchImportWorker(db.prisma, runId);
  let done = false;
  const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
  void exited.then(() => (done = true));

  // Reads made while the worker reports its write transaction: proof that readers and writer overlapped.
  const stats = emptyStats();
  let duringWrite = 0;
  const progressFile = progressFilePath(uploadDir, runId);
  const watcher = (async () => {
    let last = stats.requests;
    while (!done) {
      const phase = readProgressFile(progressFile)?.phase;
      if (phase === "writing") duringWrite += stats.requests - last;
      last = stats.requests;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = Date.now();
  await Promise.all(Array.from({ length: READERS }, (_, i) => readUntil(fetcher, readerPaths(slug, ids), stats, () => done, i)));
  await watcher;
  const code = await exited;

  console.info(
    `concurrency (light): ${ROWS} rows imported in ${((Date.now() - started) / 1000).toFixed(1)} s; ${READERS} readers made ` +
      `${stats.requests} requests (${duringWrite} during the write transaction), statuses ${JSON.stringify(stats.byStatus)}, ` +
      `latency p50 ${percentile(stats.latenciesMs, 50).toFixed(0)} ms, p95 ${percentile(stats.latenciesMs, 95).toFixed(0)} ms, ` +
      `max ${Math.max(...stats.latenciesMs).toFixed(0)} ms`,
  );
  expect(code).toBe(0);
  expect(stats.failures).toEqual([]);
  expect(stats.requests).toBeGreaterThan(0);
  expect(duringWrite).toBeGreaterThan(0);
  const run = await db.prisma.importRun.findUniqueOrThrow({ where: { id: runId } });
  expect(run.status).toBe("applied");
  expect(await db.prisma.figure.count({ where: { key: { startsWith: "concurrency-" } } })).toBe(ROWS);
}, 600_000);
