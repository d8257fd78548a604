import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { BENCH_SEED, createRowGenerator, csvHeaderLine, csvLine } from "./synthetic";

// Writes the synthetic CSV (rows figures, seeded) with a progress bar, unless the same file from
// the same seed and generator version is already there. Written to a temporary name and renamed at
// the end, so an interrupted run never leaves a half file that looks finished.

// Bump when the generator's output changes, so old files are regenerated.
const GENERATOR_VERSION = 1;
const CHUNK_ROWS = 5_000;

export interface GeneratedCsv {
  file: string;
  rows: number;
  bytes: number;
  seconds: number;
  reused: boolean;
}

export function generateCsv(file: string, rows: number, { seed = BENCH_SEED, log = console.log } = {}): GeneratedCsv {
  const stampFile = `${file}.json`;
  const stamp = JSON.stringify({ rows, seed, version: GENERATOR_VERSION });
  if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    log(`dataset: reusing ${path.relative(process.cwd(), file)} (${rows.toLocaleString("en")} rows, seed ${seed})`);
    return { file, rows, bytes: readFileSync(file).byteLength, seconds: 0, reused: true };
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  const partial = `${file}.partial`;
  const fd = openSync(partial, "w");
  const bar = new cliProgress.SingleBar(
    { format: "Generating [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left", hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(rows, 0);
  let bytes = writeSync(fd, csvHeaderLine());
  const next = createRowGenerator(seed);
  for (let start = 0; start < rows; start += CHUNK_ROWS) {
    let chunk = "";
    const end = Math.min(rows, start + CHUNK_ROWS);
    for (let i = start; i < end; i += 1) chunk += csvLine(next(i));
    bytes += writeSync(fd, chunk);
    bar.update(end);
  }
  bar.stop();
  closeSync(fd);
  renameSync(partial, file);
  writeFileSync(stampFile, stamp);
  const seconds = (performance.now() - started) / 1000;
  log(`dataset: wrote ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
  return { file, rows, bytes, seconds, reused: false };
}
