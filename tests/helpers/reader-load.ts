// Readers for the concurrency tests: each loops over a mix of the public read API (lists with
// filters and sorts, one figure, a dataset, events, a small CSV) until told to stop, and keeps
// every answer's status and any sign of a database lock reaching the client.

export interface ReaderStats {
  requests: number;
  byStatus: Record<string, number>;
  /** Answers that were not 200, or whose body mentions a busy or locked database. */
  failures: { path: string; status: number | string; body: string }[];
  latenciesMs: number[];
}

export type Fetcher = (path: string) => Promise<{ status: number; text: string }>;

export function readerPaths(slug: string, figureIds: number[]): ((n: number) => string)[] {
  return [
    () => "/api/v1/figures?limit=100",
    () => `/api/v1/figures?dataset=${slug}&sort=-value&limit=50`,
    (n) => `/api/v1/figures?q=generated&limit=20&page=${1 + (n % 5)}`,
    () => "/api/v1/figures?category=credits_loans,personnel&year_from=1950&year_to=1965&limit=100",
    (n) => `/api/v1/figures/${figureIds[n % figureIds.length]}`,
    () => `/api/v1/datasets/${slug}`,
    () => "/api/v1/datasets",
    () => "/api/v1/events?limit=100",
    () => "/api/v1/figures?format=csv&category=military",
  ];
}

const BUSY = /SQLITE_BUSY|database is locked|database is busy/i;

export function emptyStats(): ReaderStats {
  return { requests: 0, byStatus: {}, failures: [], latenciesMs: [] };
}

export async function readUntil(fetcher: Fetcher, paths: ((n: number) => string)[], stats: ReaderStats, stop: () => boolean, seed: number) {
  let n = seed;
  while (!stop()) {
    const path = paths[n % paths.length]!(n);
    n += 7;
    const started = performance.now();
    let status: number | string;
    let text = "";
    try {
      ({ status, text } = await fetcher(path));
    } catch (error) {
      status = `error: ${(error as Error).message}`;
    }
    stats.latenciesMs.push(performance.now() - started);
    stats.requests += 1;
    stats.byStatus[String(status)] = (stats.byStatus[String(status)] ?? 0) + 1;
    if (status !== 200 || BUSY.test(text)) stats.failures.push({ path, status, body: text.slice(0, 300) });
    // In-process readers resolve through microtasks only (better-sqlite3 is synchronous): give the
    // event loop a turn, or timers and child-process exits would never be seen.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
