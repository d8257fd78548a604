import { spawn } from "node:child_process";
import { memoryOf, resetPeakRss, sampleRss } from "../lib/proc";
import { mb, round } from "../lib/stats";

// Measurement c: the streamed CSV export of every figure through the API (GET
// /api/v1/figures?format=csv), read to the end by this process: rows per second, and the server's
// peak resident memory while it streams (its high-water mark is reset first, and sampled as well).
// The baseline is the database's own command-line tool writing the same columns as CSV from the same
// data (sqlite3 -csv, or psql's \copy on PostgreSQL), its output read the same way.

export interface ExportResult {
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface AppExportResult extends ExportResult {
  peakRssMb: number | null;
  /** How the peak was measured: exact (VmHWM after a reset) or sampled (VmRSS every 50 ms). */
  rssMethod: "VmHWM" | "sampled" | "unavailable";
  rssBeforeMb: number | null;
}

export async function exportThroughApi(baseUrl: string, serverPid: number, rows: number, { encoding = "identity" }: { encoding?: "identity" | "gzip" } = {}): Promise<AppExportResult> {
  const before = memoryOf(serverPid);
  const exact = resetPeakRss(serverPid);
  const sampler = sampleRss(serverPid);
  const started = performance.now();
  // Uncompressed, as the baseline writes it and as curl or wget download it: fetch would ask for
  // gzip, and the figure would then measure the server's compressor (docs/performance.md, c).
  const response = await fetch(`${baseUrl}/api/v1/figures?format=csv`, { headers: { "Accept-Encoding": encoding } });
  if (!response.ok || !response.body) throw new Error(`CSV export answered ${response.status}`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  const seconds = (performance.now() - started) / 1000;
  const sampled = sampler.stop();
  const after = memoryOf(serverPid);
  const peak = exact && after ? Math.max(after.peak, sampled) : sampled || null;
  return {
    rows,
    bytes,
    seconds: round(seconds, 2),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: mb(peak),
    rssMethod: peak === null ? "unavailable" : exact ? "VmHWM" : "sampled",
    rssBeforeMb: before ? mb(before.rss) : null,
  };
}

/** Runs a command that writes CSV to stdout, counting its bytes as the API's are counted. */
export function exportWithCommand(command: string, args: string[], rows: number, env: NodeJS.ProcessEnv = process.env): Promise<ExportResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let bytes = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.byteLength;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} exited ${code}: ${stderr}`));
      resolve({ rows, bytes, seconds: round(seconds, 2), rowsPerSecond: Math.round(rows / seconds) });
    });
  });
}

/**
 * The export's columns (lib/export/csv/figure-columns.ts), all of them and in order, in plain SQL,
 * for the command-line baselines.
 * `permalink` concatenates the base URL; flags stay ";"-joined as stored.
 */
export function exportSql(baseUrl: string, dialect: "sqlite" | "postgresql"): string {
  const bool = dialect === "sqlite" ? `CASE f."derived" WHEN 1 THEN 'true' ELSE 'false' END` : `CASE WHEN f."derived" THEN 'true' ELSE 'false' END`;
  return `SELECT f."id", f."key", d."slug" AS "dataset", f."label", f."category", f."kind", fa."code" AS "from", ta."code" AS "to",
  f."value", f."valuePrinted" AS "value_printed", f."unit", f."priceBasis" AS "price_basis", f."priceYear" AS "price_year", f."denomination", f."qualifier",
  f."periodStart" AS "period_start", f."periodEnd" AS "period_end", f."periodStatus" AS "period_status", f."periodText" AS "period_text",
  p."key" AS "parent_key", ${bool} AS "derived", f."derivation", s."key" AS "source", s."citation" AS "source_citation",
  f."section", f."phrase", f."provenance", f."cellTable" AS "cell_table", f."cellRow" AS "cell_row", f."cellColumn" AS "cell_column",
  f."locator", f."citedRef" AS "cited_ref", c."key" AS "cited_source", c."citation" AS "cited_source_citation",
  f."flags", f."notes", '${baseUrl}/figures/' || f."id" AS "permalink", f."yearStart" AS "year_start", f."yearEnd" AS "year_end"
FROM "Figure" f
JOIN "Dataset" d ON d."id" = f."datasetId"
JOIN "Source" s ON s."id" = f."sourceId"
LEFT JOIN "Source" c ON c."id" = f."citedSourceId"
LEFT JOIN "Actor" fa ON fa."id" = f."fromActorId"
LEFT JOIN "Actor" ta ON ta."id" = f."toActorId"
LEFT JOIN "Figure" p ON p."id" = f."parentId"
ORDER BY f."id"`;
}
