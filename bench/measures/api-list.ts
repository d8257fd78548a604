import autocannon from "autocannon";
import { round } from "../lib/stats";

// Measurement a: GET /api/v1/figures with a filter and a sort, under load (autocannon, 50
// connections), against the app and against the bare baseline, one after the other, on the same
// database file. The requests cycle through the first pages of the same list, so that neither
// server answers one identical request all along.

const API_LIST_QUERY = "category=credits_loans&sort=-value&limit=100";
const PAGES = 20;

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

function apiListPaths(): string[] {
  return Array.from({ length: PAGES }, (_, index) => `/api/v1/figures?${API_LIST_QUERY}${index === 0 ? "" : `&page=${index + 1}`}`);
}

export async function loadTest(baseUrl: string, { seconds, connections = 50 }: { seconds: number; connections?: number }): Promise<LoadResult> {
  const paths = apiListPaths();
  // A short warm-up first (JIT, caches, connection pools), not recorded.
  await autocannon({ url: baseUrl, connections, duration: Math.min(3, seconds), requests: paths.map((path) => ({ path })) });
  const result = await autocannon({ url: baseUrl, connections, duration: seconds, requests: paths.map((path) => ({ path })) });
  return {
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: round(result.latency.p50, 1),
    p99Ms: round(result.latency.p99, 1),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
