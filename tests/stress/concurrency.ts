// Concurrency stress test: 20 readers of the public API during a 100,000-row import.
// Usage: tsx tests/stress/concurrency.ts   (STRESS_ROWS, STRESS_READERS, STRESS_PORT, STRESS_BASE_URL)
// A fresh seeded database in a temporary folder; the import runs in the real worker process, as an
// upload starts it; the readers are 20 concurrent HTTP clients (fetch) looping over a mix of read
// endpoints served by another process (tests/stress/api-server.ts, or STRESS_BASE_URL). Passes when
// every answer is a 200 and no SQLITE_BUSY / "database is locked" reaches a client. Prints numbers.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { progressFilePath, readProgressFile } from "@/lib/import/progress-file";
import { createImportRun } from "@/lib/import/runs";
import { launchImportWorker } from "@/lib/import/spawn-worker";
import { storeUpload } from "@/lib/import/uploads";
import { setupDatabase } from "@/scripts/db-setup";
import { generateFiguresCsv } from "@/tests/helpers/generate-figures-csv";
import { emptyStats, percentile, readerPaths, readUntil, type Fetcher } from "@/tests/helpers/reader-load";

const ROWS = Number(process.env.STRESS_ROWS ?? 100_000);
const READERS = Number(process.env.STRESS_READERS ?? 20);
const PORT = Number(process.env.STRESS_PORT ?? 3295);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForServer(base: string) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(`${base}/api/v1/datasets`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the API at ${base} did not come up`);
}

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-stress-"));
  const file = path.join(dir, "stress.db");
  process.env.DATABASE_FILE = file;
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  let server: ChildProcess | undefined;
  try {
    await setupDatabase(file, () => {});
    const prisma = createPrismaClient(file);
    const slug = (await prisma.dataset.findFirstOrThrow()).slug;
    const ids = (await prisma.figure.findMany({ select: { id: true } })).map((f) => f.id);

    let base = process.env.STRESS_BASE_URL;
    if (!base) {
      base = `http://localhost:${PORT}`;
      server = spawn(process.execPath, ["--import", "tsx", "tests/stress/api-server.ts", String(PORT)], {
        env: { ...process.env, NODE_ENV: "production" },
        stdio: ["ignore", "inherit", "inherit"],
      });
    }
    await waitForServer(base);

    console.log(`generating ${ROWS} rows…`);
    const bytes = new TextEncoder().encode(generateFiguresCsv(ROWS, { dataset: "stress-test", prefix: "stress" }));
    const runId = await createImportRun(
      prisma,
      { actor: "stress", fileName: "stress.csv", sha256: "-", datasetSlug: "stress-test", mode: "merge", dryRun: false },
      null,
    );
    storeUpload(process.env.UPLOAD_DIR, runId, bytes);
    console.log(`importing ${ROWS} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB) with ${READERS} readers…`);

    const started = Date.now();
    const worker = await launchImportWorker(prisma, runId);
    let done = false;
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    void exited.then(() => (done = true));

    const fetcher: Fetcher = async (pathAndQuery) => {
      const response = await fetch(`${base}${pathAndQuery}`);
      return { status: response.status, text: await response.text() };
    };
    const stats = emptyStats();
    let duringWrite = 0;
    const progressFile = progressFilePath(process.env.UPLOAD_DIR, runId);
    const phases: Record<string, number> = {};
    const watcher = (async () => {
      let last = stats.requests;
      while (!done) {
        const phase = readProgressFile(progressFile)?.phase;
        if (phase && !(phase in phases)) phases[phase] = (Date.now() - started) / 1000;
        if (phase === "writing") duringWrite += stats.requests - last;
        last = stats.requests;
        await sleep(50);
      }
    })();
    await Promise.all(Array.from({ length: READERS }, (_, i) => readUntil(fetcher, readerPaths(slug, ids), stats, () => done, i)));
    await watcher;
    const code = await exited;
    const seconds = (Date.now() - started) / 1000;

    const run = await prisma.importRun.findUniqueOrThrow({ where: { id: runId } });
    const imported = await prisma.figure.count({ where: { key: { startsWith: "stress-" } } });
    await prisma.$disconnect();

    console.log(
      [
        "",
        `import: ${run.status}, ${imported} of ${ROWS} rows in ${seconds.toFixed(1)} s (worker exit ${code}; phases began at ${JSON.stringify(phases)} s)`,
        `readers: ${READERS}, requests: ${stats.requests} (${duringWrite} during the write transaction), ${(stats.requests / seconds).toFixed(0)} req/s`,
        `statuses: ${JSON.stringify(stats.byStatus)}`,
        `latency: p50 ${percentile(stats.latenciesMs, 50).toFixed(0)} ms, p95 ${percentile(stats.latenciesMs, 95).toFixed(0)} ms, p99 ${percentile(stats.latenciesMs, 99).toFixed(0)} ms, max ${Math.max(...stats.latenciesMs).toFixed(0)} ms`,
        `failures (non-200 or busy/locked in the body): ${stats.failures.length}`,
        ...stats.failures.slice(0, 10).map((f) => `  ${f.status} ${f.path}: ${f.body}`),
      ].join("\n"),
    );
    const ok = code === 0 && run.status === "applied" && imported === ROWS && stats.failures.length === 0 && duringWrite > 0;
    console.log(ok ? "\nconcurrency stress test passed" : "\nconcurrency stress test FAILED");
    return ok ? 0 : 1;
  } finally {
    server?.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
