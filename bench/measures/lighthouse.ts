import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { WORK_DIR } from "../lib/paths";
import { percentile, round } from "../lib/stats";

// Measurement d: the overview page in Lighthouse 12.2.3 (Debian's Chromium, headless), with the
// mobile (default: a mid-range phone on slow 4G, 4× CPU slowdown) and desktop presets: the
// performance score, LCP, TBT, CLS and the JavaScript transferred (gzip, as served) on first load.
// Each preset runs `runs` times; the run with the median score is reported (Lighthouse scores vary
// by a few points from run to run on a busy machine).

export interface LighthouseResult {
  preset: "mobile" | "desktop";
  runs: number;
  score: number;
  scores: number[];
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  jsTransferKb: number;
  jsRequests: number;
}

interface LhReport {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number; requestCount?: number }[] } }>;
}

async function runOnce(url: string, preset: "mobile" | "desktop", chrome: string, index: number): Promise<LighthouseResult> {
  const dir = path.join(WORK_DIR, "lighthouse");
  mkdirSync(dir, { recursive: true });
  const stem = path.join(dir, `${preset}-${index}`);
  const out = `${stem}.json`;
  // --save-assets writes the trace and DevTools log beside the report under these names.
  for (const file of [out, `${stem}-0.trace.json`, `${stem}-0.devtoolslog.json`]) rmSync(file, { force: true });
  const args = [
    path.resolve("node_modules", "lighthouse", "cli", "index.js"),
    url,
    "--output=json",
    `--output-path=${out}`,
    "--only-categories=performance",
    "--quiet",
    // The trace and DevTools log stay beside the report, for `npm run bench:lantern`.
    "--save-assets",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  // Asynchronous, never spawnSync: while Lighthouse runs, this process must go on reading the app
  // server's log pipe, or the server blocks writing its request log and the page never loads.
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`lighthouse (${preset}) failed (${error.killed ? "timed out" : `exit ${error.code}`}): ${String(stderr).slice(-2000)}`));
      else resolve();
    });
  });
  const report = JSON.parse(readFileSync(out, "utf8")) as LhReport;
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const script = report.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
  const score = round(report.categories.performance.score * 100, 0);
  return {
    preset,
    runs: 1,
    score,
    scores: [score],
    lcpMs: round(audit("largest-contentful-paint"), 0),
    tbtMs: round(audit("total-blocking-time"), 0),
    cls: round(audit("cumulative-layout-shift"), 3),
    fcpMs: round(audit("first-contentful-paint"), 0),
    jsTransferKb: round((script?.transferSize ?? 0) / 1024, 1),
    jsRequests: script?.requestCount ?? 0,
  };
}

/** One run, tried a second time if Lighthouse fails: a lost Chrome should not throw away a full bench. */
async function runOnceOrAgain(url: string, preset: "mobile" | "desktop", chrome: string, index: number): Promise<LighthouseResult> {
  try {
    return await runOnce(url, preset, chrome, index);
  } catch (error) {
    console.log(`  ${(error as Error).message.split("\n")[0]}; trying once more`);
    return runOnce(url, preset, chrome, index);
  }
}

export async function lighthouse(url: string, preset: "mobile" | "desktop", { runs, chrome }: { runs: number; chrome: string }): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await runOnceOrAgain(url, preset, chrome, index));
  const median = percentile(
    results.map((result) => result.score),
    50,
  );
  const chosen = results.find((result) => result.score === median)!;
  return { ...chosen, runs, scores: results.map((result) => result.score) };
}
