// npm run bench: how fast Aidflow is at a million figures, measured side by side with baselines.
// Builds a deterministic synthetic dataset (1,000,000 figures; 100,000 with --quick), loads it with
// the real importer, and measures:
//   a. GET /api/v1/figures with a filter and a sort under load, vs a bare node:http server
//   b. one page of 100 rows through lib/data over many varied queries, with the query plans
//   c. the streamed CSV export of every row, vs the database's own CLI, and the server's peak RSS
//   d. the overview in Lighthouse (mobile and desktop) on the seeded Sino-Soviet database
//   e. the explore page on the big database: from a sort click to the re-sorted rows
//   f. the import itself: rows per second and peak RSS
// a–c and f run on SQLite and again on PostgreSQL (a throwaway server from Debian's package).
// Prints a table and writes bench/results/latest.json plus a dated copy (--quick: bench/work/quick.json).
//
// Usage: npm run bench [-- --quick] [--no-pg | --pg] [--only a,b,c,d,e,f] [--reuse-db] [--pg-import]
//   --quick      100,000 rows, 5 s load, one Lighthouse run per preset, no PostgreSQL unless --pg
//   --reuse-db   keep the big SQLite database of an earlier run (f is then not measured)
//   --pg-import  load PostgreSQL with the importer (f on PostgreSQL) rather than by copying the
//                SQLite rows (the default for the full run; --quick always uses the importer)
// Ports 3280–3289 (BENCH_PORT_BASE moves them); bench data lives in bench/work (gitignored).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureChromium } from "@/scripts/lib/chromium";
import { runPrisma } from "@/scripts/lib/run-prisma";
import { buildIfNeeded } from "@/scripts/lib/next-cli";
import { PostgresUnavailableError, startPostgres, type PostgresServer } from "@/scripts/lib/postgres-server";
import { setupDatabase } from "@/scripts/db-setup";
import { generateCsv, type GeneratedCsv } from "./lib/generate-csv";
import { benchDbFile, csvFile, RESULTS_DIR, WORK_DIR } from "./lib/paths";
import { copySqliteToPostgres } from "./lib/copy-to-postgres";
import { preparePostgresBenchDb, prepareSqliteBenchDb, removeSqliteFile, type ImportMeasurement } from "./lib/prepare-db";
import { commandExists, memoryOf, runTsMeasured } from "./lib/proc";
import { startApp, startBaseline, type DatabaseEnv, type RunningServer } from "./lib/servers";
import { mb, round } from "./lib/stats";
import { printReport, type BenchReport, type DialectResults } from "./lib/report";
import { loadTest } from "./measures/api-list";
import { exportSql, exportThroughApi, exportWithCommand } from "./measures/csv-export";
import { exploreSort } from "./measures/explore-sort";
import { lighthouse } from "./measures/lighthouse";
import type { PageQueriesResult } from "./measures/page-queries";

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    pg: { type: "boolean" },
    "no-pg": { type: "boolean", default: false },
    only: { type: "string" },
    "reuse-db": { type: "boolean", default: false },
    "pg-import": { type: "boolean" },
  },
});

const quick = flags.quick ?? false;
const only = new Set((flags.only ?? "a,b,c,d,e,f").split(",").map((item) => item.trim()));
const wants = (letter: string) => only.has(letter);
const withPostgres = flags["no-pg"] ? false : (flags.pg ?? !quick);
const config = quick
  ? { rows: 100_000, loadSeconds: 5, queries: 200, lighthouseRuns: 1, clicks: 5 }
  : { rows: 1_000_000, loadSeconds: 20, queries: 300, lighthouseRuns: 3, clicks: 10 };
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3280);
const PORTS = { app: PORT_BASE, baseline: PORT_BASE + 1, lighthouse: PORT_BASE + 2, pgApp: PORT_BASE + 3, pgBaseline: PORT_BASE + 4 };
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55480);

const log = (line: string) => console.log(line);
const section = (title: string) => console.log(`\n── ${title} ${"─".repeat(Math.max(0, 70 - title.length))}`);

/** sqlite3 for the baseline of c: installed from Debian when missing and we may (root + apt). */
function ensureSqlite3(): string | null {
  if (commandExists("sqlite3")) return "sqlite3";
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && commandExists("apt-get")) {
    log("sqlite3: not found, installing Debian's package with apt-get");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "sqlite3"], { stdio: "inherit", env });
    if (commandExists("sqlite3")) return "sqlite3";
  }
  console.warn(
    "\n!!! sqlite3 (the command-line tool) is not installed and cannot be installed here: measurement c runs without its\n" +
      "!!! baseline (no ratio). Install it with: apt-get install -y --no-install-recommends sqlite3\n",
  );
  return null;
}

type ExportBaseline = { command: string; args: string[]; env?: NodeJS.ProcessEnv; label: string };

async function withServers<T>(start: () => Promise<RunningServer[]>, work: (servers: RunningServer[]) => Promise<T>): Promise<T> {
  const servers = await start();
  try {
    return await work(servers);
  } finally {
    for (const server of servers) await server.stop();
  }
}

async function pageQueries(database: DatabaseEnv): Promise<PageQueriesResult> {
  const out = path.join(WORK_DIR, `page-queries-${"DATABASE_URL" in database ? "pg" : "sqlite"}.json`);
  const env: Record<string, string> = { ...database, ...("DATABASE_URL" in database ? {} : { DATABASE_URL: "" }), NODE_ENV: "production" };
  const run = await runTsMeasured("bench/measures/page-queries.ts", [String(config.queries), out], env, { echo: false });
  if (run.code !== 0) throw new Error(`page queries failed:\n${run.stderr}`);
  return JSON.parse(readFileSync(out, "utf8")) as PageQueriesResult;
}

function printPlans(result: PageQueriesResult) {
  for (const { shape, statements } of result.plans) {
    console.log(`  ${shape}`);
    for (const statement of statements) {
      const what = /count\(/i.test(statement.sql) ? "count" : "page";
      console.log(`    ${what}: ${statement.plan.join("\n          ")}`);
    }
  }
}

/** c: the streamed CSV export of every row through the API, and the same columns by the database's own tool. */
async function measureExport(name: string, app: RunningServer, exportBaseline: ExportBaseline | null): Promise<NonNullable<DialectResults["c"]>> {
  section(`${name} c: CSV export of every row (a freshly started server)`);
  const total = ((await (await fetch(`${app.url}/api/v1/figures?limit=1`)).json()) as { meta: { total: number } }).meta.total;
  const appResult = await exportThroughApi(app.url, app.pid, total);
  log(`  app: ${appResult.rows} rows in ${appResult.seconds} s = ${appResult.rowsPerSecond} rows/s, RSS ${appResult.rssBeforeMb} MB before, peak ${appResult.peakRssMb} MB (${appResult.rssMethod})`);
  let base = null;
  if (exportBaseline) {
    base = await exportWithCommand(exportBaseline.command, exportBaseline.args, total, exportBaseline.env);
    log(`  ${exportBaseline.label}: ${base.rows} rows in ${base.seconds} s = ${base.rowsPerSecond} rows/s`);
  }
  return { app: appResult, baseline: base, baselineLabel: exportBaseline?.label ?? null, ratio: base ? round(appResult.rowsPerSecond / base.rowsPerSecond, 2) : null };
}

/** Measurements a, b, c (and e on SQLite) against one database. */
async function measureDialect(
  name: "sqlite" | "postgresql",
  database: DatabaseEnv,
  ports: { app: number; baseline: number },
  exportBaseline: ExportBaseline | null,
  chrome: string,
): Promise<DialectResults> {
  const results: DialectResults = {};
  if (wants("a") || (name === "sqlite" && wants("e"))) {
    await withServers(
      async () => [await startApp(ports.app, database), ...(wants("a") ? [await startBaseline(ports.baseline, database)] : [])],
      async ([app, baseline]) => {
        // e first: a reader's click on a server at rest, not one still collecting the garbage of
        // a's fifty connections (which a reports as the server's RSS after the load).
        if (name === "sqlite" && wants("e")) {
          section(`${name} e: explore page, sort click to re-sorted rows (${config.clicks} clicks)`);
          const result = await exploreSort(app!.url, { clicks: config.clicks, chrome });
          log(`  median ${result.medianMs} ms, max ${result.maxMs} ms (${result.samplesMs.join(", ")} ms)`);
          results.e = result;
        }
        if (wants("a") && baseline) {
          section(`${name} a: API list under load (${config.loadSeconds} s, 50 connections)`);
          const base = await loadTest(baseline.url, { seconds: config.loadSeconds });
          log(`  baseline (node:http): ${base.requestsPerSecond} req/s, p50 ${base.p50Ms} ms, p99 ${base.p99Ms} ms`);
          const appResult = await loadTest(app!.url, { seconds: config.loadSeconds });
          const serverRssAfterMb = mb(memoryOf(app!.pid)?.rss ?? null);
          log(`  app (Next.js + Prisma): ${appResult.requestsPerSecond} req/s, p50 ${appResult.p50Ms} ms, p99 ${appResult.p99Ms} ms; server RSS after the load ${serverRssAfterMb} MB`);
          results.a = { app: appResult, baseline: base, ratio: round(appResult.requestsPerSecond / base.requestsPerSecond, 2), serverRssAfterMb };
        }
      },
    );
  }
  // The export's memory target is for a freshly started server, so c gets one of its own: after a's
  // load test the heap V8 grew for 50 connections is still there (a reports that figure).
  if (wants("c")) results.c = await withServers(async () => [await startApp(ports.app, database)], ([app]) => measureExport(name, app!, exportBaseline));
  if (wants("b")) {
    section(`${name} b: one page of 100 rows through lib/data (${config.queries} queries)`);
    const result = await pageQueries(database);
    log(`  p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
    for (const [bucket, stats] of Object.entries(result.byBucket)) log(`    ${bucket.padEnd(6)} n=${stats.n} p50 ${stats.p50Ms} ms p95 ${stats.p95Ms} ms`);
    log("  query plans, one per shape (the statements Prisma sent):");
    printPlans(result);
    results.b = result;
  }
  return results;
}

async function main() {
  const started = Date.now();
  mkdirSync(WORK_DIR, { recursive: true });
  log(`bench: ${quick ? "quick, " : ""}${config.rows.toLocaleString("en")} rows; measurements ${[...only].join(", ")}; PostgreSQL ${withPostgres ? "on" : "off"}`);
  const chrome = ensureChromium(log);
  const sqlite3 = wants("c") ? ensureSqlite3() : null;
  if (wants("a") || wants("c") || wants("d") || wants("e")) buildIfNeeded(log);

  // The synthetic dataset is for a, b, c, e and f; d runs on the seeded one.
  const needsBigDb = ["a", "b", "c", "e", "f"].some(wants);
  const csv = needsBigDb ? generateCsv(csvFile(config.rows), config.rows, { log }) : null;
  const report = newReport(csv);
  const dbFile = benchDbFile(config.rows);
  if (csv) report.sqlite = await measureSqlite(csv, dbFile, sqlite3, chrome);
  if (wants("d")) report.d = await measureLighthouse(chrome);
  if (withPostgres && csv && (wants("a") || wants("b") || wants("c") || wants("f"))) report.postgresql = await measurePostgres(csv, dbFile, chrome);

  report.meta.seconds = Math.round((Date.now() - started) / 1000);
  printReport(report);
  writeResults(report);
}

function newReport(csv: GeneratedCsv | null): BenchReport {
  return {
    meta: {
      date: new Date().toISOString(),
      quick,
      rows: config.rows,
      loadSeconds: config.loadSeconds,
      queries: config.queries,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "?", memoryGb: round(os.totalmem() / 1024 ** 3, 1), loadAverage: os.loadavg().map((x) => round(x, 2)) },
      node: process.version,
      csvMb: csv ? round(csv.bytes / 1e6, 1) : null,
    },
    sqlite: {},
    postgresql: null,
    d: null,
  };
}

/** f (unless --reuse-db finds the database of an earlier run), then a, b, c and e on SQLite. */
async function measureSqlite(csv: GeneratedCsv, dbFile: string, sqlite3: string | null, chrome: string): Promise<BenchReport["sqlite"]> {
  const stampFile = `${dbFile}.stamp`;
  const stamp = `${config.rows}:${readFileSync(`${csv.file}.json`, "utf8")}`;
  let importResult: ImportMeasurement | null = null;
  if (flags["reuse-db"] && existsSync(dbFile) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    log(`db: reusing ${path.relative(process.cwd(), dbFile)} (--reuse-db: f is not measured)`);
  } else {
    section("sqlite f: import of the synthetic CSV");
    importResult = await prepareSqliteBenchDb(dbFile, csv.file, config.rows, csv.bytes, log);
    writeFileSync(stampFile, stamp);
    log(`  ${config.rows} rows in ${round(importResult.seconds, 1)} s = ${Math.round(importResult.rowsPerSecond)} rows/s, peak RSS ${mb(importResult.peakRssBytes)} MB`);
  }
  const sqliteResults = await measureDialect(
    "sqlite",
    { DATABASE_FILE: dbFile },
    PORTS,
    sqlite3 ? { command: sqlite3, args: ["-csv", "-header", dbFile, exportSql(`http://127.0.0.1:${PORTS.app}`, "sqlite")], label: "sqlite3 -csv" } : null,
    chrome,
  );
  return { ...sqliteResults, f: importResult ? summariseImport(importResult) : undefined };
}

/** d: Lighthouse on the seeded dataset. */
async function measureLighthouse(chrome: string): Promise<BenchReport["d"]> {
  section("d: overview in Lighthouse 12.2.3 (seeded Sino-Soviet database)");
  const lhDb = path.join(WORK_DIR, "lighthouse.db");
  removeSqliteFile(lhDb);
  await setupDatabase(lhDb, () => {});
  return withServers(
    async () => [await startApp(PORTS.lighthouse, { DATABASE_FILE: lhDb })],
    async ([app]) => {
      const presets = [];
      for (const preset of ["desktop", "mobile"] as const) {
        const result = await lighthouse(`${app!.url}/`, preset, { runs: config.lighthouseRuns, chrome });
        log(`  ${preset}: score ${result.score} (${result.scores.join(", ")}), LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms, CLS ${result.cls}, JS ${result.jsTransferKb} KB gz in ${result.jsRequests} files`);
        presets.push(result);
      }
      return { desktop: presets[0]!, mobile: presets[1]! };
    },
  );
}

/** a, b, c and (with --quick or --pg-import) f on a throwaway PostgreSQL server; null when none can be started. */
async function measurePostgres(csv: GeneratedCsv, dbFile: string, chrome: string): Promise<BenchReport["postgresql"]> {
  section("postgresql: a throwaway server from Debian's package");
  let server: PostgresServer;
  try {
    server = startPostgres({
      port: PG_PORT,
      // A modest production-like configuration for a machine of this size (docs/deployment.md).
      settings: { shared_buffers: "1GB", effective_cache_size: "4GB", work_mem: "32MB", maintenance_work_mem: "256MB", max_wal_size: "4GB" },
      log,
    });
  } catch (error) {
    if (!(error instanceof PostgresUnavailableError)) throw error;
    console.warn(`\n!!! PostgreSQL measurements skipped: ${error.message}\n`);
    return null;
  }
  try {
    server.createDatabase("bench");
    const url = server.url("bench");
    let pgImport: ImportMeasurement | null = null;
    if (quick || flags["pg-import"]) {
      section("postgresql f: import of the synthetic CSV");
      pgImport = await preparePostgresBenchDb(url, csv.file, config.rows, csv.bytes, log);
      log(`  ${config.rows} rows in ${round(pgImport.seconds, 1)} s = ${Math.round(pgImport.rowsPerSecond)} rows/s, peak RSS ${mb(pgImport.peakRssBytes)} MB`);
    } else {
      section("postgresql: loading the SQLite bench database's rows (same ids, same values)");
      runPrisma(["migrate", "deploy", "--config", "prisma.postgres.config.ts"], { DATABASE_URL: url });
      const copied = await copySqliteToPostgres(dbFile, url, log);
      log(`  ${copied.rows} rows in ${round(copied.seconds, 1)} s`);
    }
    const copy = `\\copy (${exportSql(`http://127.0.0.1:${PORTS.pgApp}`, "postgresql").replace(/\n/g, " ")}) TO STDOUT WITH (FORMAT csv, HEADER)`;
    const pgResults = await measureDialect(
      "postgresql",
      { DATABASE_URL: url },
      { app: PORTS.pgApp, baseline: PORTS.pgBaseline },
      { command: server.psqlPath, args: [url, "-X", "-q", "-c", copy], label: "psql \\copy (csv)" },
      chrome,
    );
    return { ...pgResults, f: pgImport ? summariseImport(pgImport) : undefined };
  } finally {
    server.stop();
  }
}

/** A full run goes to bench/results/ (latest and dated); a quick or partial one to bench/work. */
function writeResults(report: BenchReport): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (quick || only.size < 6) {
    const file = path.join(WORK_DIR, quick ? "quick.json" : "partial.json");
    writeFileSync(file, json);
    log(`\nresults: ${path.relative(process.cwd(), file)} (a quick or partial run; bench/results/ keeps full runs only)`);
  } else {
    const dated = path.join(RESULTS_DIR, `${report.meta.date.slice(0, 10)}.json`);
    writeFileSync(path.join(RESULTS_DIR, "latest.json"), json);
    writeFileSync(dated, json);
    log(`\nresults: bench/results/latest.json and ${path.relative(process.cwd(), dated)}`);
  }
}

function summariseImport(result: ImportMeasurement) {
  const { baseline } = result;
  return {
    rows: result.rows,
    seconds: round(result.seconds, 1),
    rowsPerSecond: Math.round(result.rowsPerSecond),
    peakRssMb: mb(result.peakRssBytes),
    csvMb: round(result.bytes / 1e6, 1),
    baseline: baseline ? { label: baseline.label, rowsPerSecond: Math.round(baseline.rowsPerSecond), ratio: round(result.rowsPerSecond / baseline.rowsPerSecond, 3) } : null,
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
