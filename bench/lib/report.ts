import type { LoadResult } from "../measures/api-list";
import type { AppExportResult, ExportResult } from "../measures/csv-export";
import type { ExploreSortResult } from "../measures/explore-sort";
import type { LighthouseResult } from "../measures/lighthouse";
import type { PageQueriesResult } from "../measures/page-queries";

// The bench's results (written as JSON) and the table printed at the end, with every performance
// target (docs/performance.md) and whether this run met it.

export interface DialectResults {
  /** serverRssAfterMb: the app server's resident memory right after the load test. */
  a?: { app: LoadResult; baseline: LoadResult; ratio: number; serverRssAfterMb?: number | null };
  b?: PageQueriesResult;
  c?: { app: AppExportResult; baseline: ExportResult | null; baselineLabel: string | null; ratio: number | null };
  e?: ExploreSortResult;
  f?: { rows: number; seconds: number; rowsPerSecond: number; peakRssMb: number | null; csvMb: number; baseline?: { label: string; rowsPerSecond: number; ratio: number } | null };
}

export interface BenchReport {
  meta: {
    date: string;
    quick: boolean;
    rows: number;
    loadSeconds: number;
    queries: number;
    machine: { cpus: number; cpuModel: string; memoryGb: number; loadAverage: number[] };
    node: string;
    csvMb: number | null;
    seconds?: number;
  };
  sqlite: DialectResults;
  postgresql: DialectResults | null;
  d: { desktop: LighthouseResult; mobile: LighthouseResult } | null;
}

type Row = [measurement: string, sqlite: string, postgresql: string, target: string, verdict: string];

const verdict = (ok: boolean | null) => (ok === null ? "—" : ok ? "met" : "MISSED");
const all = (...checks: (boolean | null)[]) => (checks.some((check) => check === false) ? false : checks.every((check) => check === null) ? null : true);

function reportRows(report: BenchReport): Row[] {
  const { sqlite: s, postgresql: p, d } = report;
  const rows: Row[] = [];
  const a = (r?: DialectResults["a"]) =>
    r
      ? `${r.app.requestsPerSecond} req/s (p50 ${r.app.p50Ms} / p99 ${r.app.p99Ms} ms) vs ${r.baseline.requestsPerSecond} req/s (p99 ${r.baseline.p99Ms} ms) → ${r.ratio}${r.serverRssAfterMb ? `; RSS after ${r.serverRssAfterMb} MB` : ""}`
      : "—";
  const aMet = (r?: DialectResults["a"]) => (r ? r.ratio >= 0.8 && r.app.p99Ms <= 2 * r.baseline.p99Ms : null);
  rows.push(["a. API list vs node:http", a(s.a), a(p?.a), "ratio ≥ 0.8; p99 ≤ 2 × bare", verdict(all(aMet(s.a), aMet(p?.a)))]);
  const b = (r?: PageQueriesResult) => (r ? `p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms (${r.queries} queries)` : "—");
  rows.push(["b. page of 100 rows", b(s.b), b(p?.b), "p95 ≤ 50 ms", verdict(all(s.b ? s.b.p95Ms <= 50 : null, p?.b ? p.b.p95Ms <= 50 : null))]);
  const c = (r?: DialectResults["c"]) =>
    r
      ? `${r.app.rowsPerSecond} rows/s vs ${r.baseline ? `${r.baseline.rowsPerSecond} (${r.baselineLabel})` : "no baseline"} → ${r.ratio ?? "?"}; RSS ${r.app.rssBeforeMb} → ${r.app.peakRssMb} MB`
      : "—";
  // A fresh server's peak at most 300 MB, the export adding at most 30 MB of it.
  const cMemory = (r?: DialectResults["c"]) =>
    r && r.app.peakRssMb !== null ? r.app.peakRssMb <= 300 && (r.app.rssBeforeMb === null || r.app.peakRssMb - r.app.rssBeforeMb <= 30) : null;
  const cRatio = (r?: DialectResults["c"]) => (r && r.ratio !== null ? r.ratio >= 0.5 : null);
  rows.push(["c. CSV export of all rows", c(s.c), c(p?.c), "ratio ≥ 0.5; RSS ≤ 300 MB, export +≤ 30", verdict(all(cRatio(s.c), cMemory(s.c), cRatio(p?.c), cMemory(p?.c)))]);
  if (d) {
    const lh = (r: LighthouseResult) => `score ${r.score}, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}, JS ${r.jsTransferKb} KB gz`;
    rows.push(["d. overview, Lighthouse desktop", lh(d.desktop), "", "score ≥ 98, CLS ≤ 0.02, JS ≤ 250 KB", verdict(d.desktop.score >= 98 && d.desktop.cls <= 0.02 && d.desktop.jsTransferKb <= 250)]);
    rows.push(["d. overview, Lighthouse mobile", lh(d.mobile), "", "score ≥ 95, CLS ≤ 0.02, JS ≤ 250 KB", verdict(d.mobile.score >= 95 && d.mobile.cls <= 0.02 && d.mobile.jsTransferKb <= 250)]);
  } else rows.push(["d. overview, Lighthouse", "—", "", "desktop ≥ 98, mobile ≥ 95", "—"]);
  rows.push([
    "e. explore: sort click → rows",
    s.e ? `median ${s.e.medianMs} ms, max ${s.e.maxMs} ms (${s.e.clicks} clicks)` : "—",
    "",
    "≤ 300 ms",
    verdict(s.e ? s.e.maxMs <= 300 : null),
  ]);
  const f = (r?: DialectResults["f"]) =>
    r ? `${r.rowsPerSecond} rows/s (${r.seconds} s), peak RSS ${r.peakRssMb} MB${r.baseline ? `; ${r.baseline.label} ${r.baseline.rowsPerSecond} rows/s, ratio ${r.baseline.ratio}` : ""}` : "—";
  const fMet = (r?: DialectResults["f"]) => (r?.baseline ? r.baseline.ratio >= 0.25 && r.peakRssMb !== null && r.peakRssMb <= 400 : null);
  const fBoth = [fMet(s.f), fMet(p?.f)].filter((met) => met !== null);
  rows.push(["f. import of the CSV", f(s.f), f(p?.f), "≥ 0.25 × the loader, peak RSS ≤ 400 MB", verdict(fBoth.length === 0 ? null : fBoth.every(Boolean))]);
  return rows;
}

export function printReport(report: BenchReport): void {
  const header: Row = ["measurement", "SQLite", "PostgreSQL", "target", "result"];
  const rows = [header, ...reportRows(report)];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: Row) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  console.log(`\nAidflow bench, ${report.meta.rows.toLocaleString("en")} rows${report.meta.quick ? " (quick)" : ""}, ${report.meta.date}`);
  console.log(
    `machine: ${report.meta.machine.cpus} × ${report.meta.machine.cpuModel}, ${report.meta.machine.memoryGb} GB, load ${report.meta.machine.loadAverage.join(" ")} at start; Node ${report.meta.node}`,
  );
  console.log(line(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}
