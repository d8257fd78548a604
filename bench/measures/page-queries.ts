// Measurement b: one page of 100 rows from the big database, through lib/data (the explore page's
// own read, listFiguresForView: the rows, their relations and the total), over many varied queries.
// Prints EXPLAIN QUERY PLAN (EXPLAIN on PostgreSQL) for every query shape, from the statements
// Prisma actually sent. Runs in its own process against DATABASE_FILE or DATABASE_URL.
// Usage (normally through bench/run.ts): node --conditions=react-server --import tsx bench/measures/page-queries.ts <queries> <out.json>
import { writeFileSync } from "node:fs";
import { postgresUrl } from "@/lib/db/dialect";
import { pickFigureFilters } from "@/lib/schemas/api/figures-query";
import { databaseFilePath } from "@/lib/db/file-path";
import { installLoggingClient } from "../lib/bench-client";
import { postgresExplainer, sqliteExplainer, type Explainer } from "../lib/explain";
import { QueryLog, type LoggedQuery } from "../lib/query-log";
import { pageFor, pageQueries } from "../lib/query-set";
import { percentile, round } from "../lib/stats";

export interface PageQueriesResult {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  byBucket: Record<string, { n: number; p50Ms: number; p95Ms: number }>;
  slowest: { shape: string; page: number; ms: number }[];
  plans: { shape: string; statements: { sql: string; plan: string[] }[] }[];
}

/** The statements worth a plan: those that read Figure (the count and the page), not the lookups. */
const readsFigures = (query: LoggedQuery) => /^SELECT/i.test(query.sql.trim()) && /FROM\s+(["`]main["`]\.)?["`]Figure["`]\s+WHERE(?!\s+["`]main["`]\.["`]Figure["`]\.["`]id["`]\s+IN)/i.test(query.sql);

async function main() {
  const count = Number(process.argv[2] ?? 200);
  const outFile = process.argv[3];
  const log = new QueryLog();
  installLoggingClient(log);
  // Loaded after the logging client is in place (lib/db.ts picks it up from globalThis).
  const { listFiguresForView } = await import("@/lib/views/figures/load");
  const { countFigures } = await import("@/lib/data/figures/count");
  const { resetReadCaches } = await import("@/lib/data/read-cache");
  const { prisma } = await import("@/lib/db");

  const url = postgresUrl(process.env);
  const explainer: Explainer = url ? await postgresExplainer(url) : sqliteExplainer(databaseFilePath(process.env));
  const queries = pageQueries(count);

  // The page number of each query depends on its total: counted first, then the caches are
  // emptied, so the timed reads count for themselves as a first visitor's would.
  const totals: number[] = [];
  for (const query of queries) totals.push(await countFigures(pickFigureFilters(query.view)));
  resetReadCaches();

  // Warm-up: the first statements of a process compile Prisma's query plans and fill SQLite's page
  // cache; they are not what a running server sees.
  for (const query of queries.slice(0, 5)) await listFiguresForView({ ...query.view, page: 1 });
  resetReadCaches();

  const samples: { shape: string; bucket: string; page: number; ms: number }[] = [];
  const plans = new Map<string, { sql: string; plan: string[] }[]>();
  for (const [index, query] of queries.entries()) {
    const page = pageFor(query, totals[index]!, index);
    const view = { ...query.view, ...(page > 1 ? { page } : {}) };
    const started = performance.now();
    const { queries: sent } = await log.capture(() => listFiguresForView(view));
    const ms = performance.now() - started;
    samples.push({ shape: query.shape, bucket: query.bucket, page, ms });
    if (!plans.has(query.shape)) {
      const statements = [];
      for (const statement of sent.filter(readsFigures)) statements.push({ sql: statement.sql, plan: await explainer.explain(statement) });
      plans.set(query.shape, statements);
    }
  }
  await explainer.close();
  await prisma.$disconnect();

  const times = samples.map((sample) => sample.ms);
  const byBucket: PageQueriesResult["byBucket"] = {};
  for (const bucket of new Set(samples.map((sample) => sample.bucket))) {
    const bucketTimes = samples.filter((sample) => sample.bucket === bucket).map((sample) => sample.ms);
    byBucket[bucket] = { n: bucketTimes.length, p50Ms: round(percentile(bucketTimes, 50), 2), p95Ms: round(percentile(bucketTimes, 95), 2) };
  }
  const result: PageQueriesResult = {
    queries: samples.length,
    p50Ms: round(percentile(times, 50), 2),
    p95Ms: round(percentile(times, 95), 2),
    p99Ms: round(percentile(times, 99), 2),
    maxMs: round(Math.max(...times), 2),
    byBucket,
    slowest: [...samples]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map(({ shape, page, ms }) => ({ shape, page, ms: round(ms, 1) })),
    plans: [...plans].map(([shape, statements]) => ({ shape, statements })),
  };
  if (outFile) writeFileSync(outFile, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
