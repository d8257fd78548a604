import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { IMPORT_CACHE_KB } from "@/lib/import/import-client";

// The limit for measurement f: on SQLite `sqlite3 .import`, on PostgreSQL `psql \copy`, of the same CSV into a table with the
// same indexes as the Figure table of the bench database. The table has the CSV's own columns
// (all text, as .import makes them), and each of Figure's indexes is rebuilt on the CSV columns
// that hold the same data (fromActorId → "from", yearStart → "period_start"...), so the database
// maintains as many index entries per row as the importer's inserts cost it. It gets the page cache
// the importer's connection has (lib/import/import-client.ts): with SQLite's default 2 MB, thirty
// indexes spill to disk and the baseline would be slower than it need be.

export interface BaselineMeasurement {
  label: string;
  seconds: number;
  rowsPerSecond: number;
}

// Figure's columns → the CSV column that carries the same value.
const CSV_COLUMN_OF: Record<string, string> = {
  id: "id",
  key: "key",
  datasetId: "dataset",
  label: "label",
  category: "category",
  kind: "kind",
  fromActorId: "from",
  toActorId: "to",
  value: "value",
  unit: "unit",
  qualifier: "qualifier",
  periodStart: "period_start",
  periodEnd: "period_end",
  yearStart: "period_start",
  yearEnd: "period_end",
  parentId: "parent_key",
};

/** An index definition on Figure, rewritten onto the CSV table's columns (and its name prefixed). */
function onCsvColumns(sql: string, table: string): string {
  return sql.replace(/"([A-Za-z_]+)"/g, (whole, name: string) =>
    name === "Figure" ? `"${table}"` : name.startsWith("Figure_") ? `"${table}_${name}"` : CSV_COLUMN_OF[name] ? `"${CSV_COLUMN_OF[name]}"` : whole,
  );
}

/** The CREATE INDEX statements of Figure in `dbFile`, rewritten onto the CSV's columns. */
function csvIndexes(dbFile: string, table: string): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Figure' AND sql IS NOT NULL").all() as { sql: string }[];
    return rows.map(({ sql }) => onCsvColumns(sql, table));
  } finally {
    db.close();
  }
}

/** Times `sqlite3 .import` of the CSV into a fresh file whose table has Figure's indexes. */
export function sqliteImportBaseline(sqlite3: string, csvFile: string, header: string[], benchDbFile: string, workFile: string, rows: number): BaselineMeasurement {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(workFile + suffix, { force: true });
  const create = `CREATE TABLE "csv" (${header.map((column) => `"${column}" TEXT`).join(", ")});`;
  const setup = spawnSync(sqlite3, [workFile], { input: [create, ...csvIndexes(benchDbFile, "csv").map((sql) => `${sql};`)].join("\n"), encoding: "utf8" });
  if (setup.status !== 0) throw new Error(`sqlite3 could not create the baseline table: ${setup.stderr}`);
  const started = performance.now();
  const run = spawnSync(sqlite3, ["-cmd", `PRAGMA cache_size = -${IMPORT_CACHE_KB}`, workFile, `.import --csv --skip 1 ${JSON.stringify(csvFile)} csv`], { encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(workFile + suffix, { force: true });
  return { label: "sqlite3 .import", seconds, rowsPerSecond: rows / seconds };
}

const psqlRun = (url: string, args: string[], input?: string) => spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", url, ...args], { encoding: "utf8", input });

/** Times `psql \copy` of the CSV into a table beside Figure with Figure's indexes; dropped afterwards. */
export function postgresCopyBaseline(url: string, csvFile: string, header: string[], rows: number): BaselineMeasurement {
  const table = "import_baseline_csv";
  const indexes = psqlRun(url, ["-At", "-c", `SELECT indexdef FROM pg_indexes WHERE tablename = 'Figure' AND indexname <> 'Figure_pkey'`]);
  if (indexes.status !== 0) throw new Error(`psql could not list Figure's indexes: ${indexes.stderr}`);
  const create = [
    `DROP TABLE IF EXISTS "${table}";`,
    `CREATE TABLE "${table}" (${header.map((column) => `"${column}" text`).join(", ")});`,
    ...indexes.stdout.trim().split("\n").filter(Boolean).map((sql) => `${onCsvColumns(sql.replace(/ ON (public\.)?/, " ON "), table)};`),
  ].join("\n");
  const setup = psqlRun(url, [], create);
  if (setup.status !== 0) throw new Error(`psql could not create the baseline table: ${setup.stderr}`);
  try {
    const started = performance.now();
    const run = psqlRun(url, ["-c", `\\copy "${table}" FROM ${JSON.stringify(csvFile).replace(/"/g, "'")} WITH (FORMAT csv, HEADER true)`]);
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`psql \\copy failed: ${run.stderr}`);
    return { label: "psql \\copy", seconds, rowsPerSecond: rows / seconds };
  } finally {
    psqlRun(url, ["-c", `DROP TABLE IF EXISTS "${table}"`]);
  }
}
