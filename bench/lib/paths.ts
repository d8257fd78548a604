import path from "node:path";

// Where the bench keeps its data (gitignored) and its committed results.
const BENCH_DIR = path.resolve("bench");
export const WORK_DIR = path.join(BENCH_DIR, "work");
export const RESULTS_DIR = path.join(BENCH_DIR, "results");

export const csvFile = (rows: number) => path.join(WORK_DIR, `figures-${rows}.csv`);
export const benchDbFile = (rows: number) => path.join(WORK_DIR, rows === 1_000_000 ? "bench.db" : `bench-${rows}.db`);
