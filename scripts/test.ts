// npm test: every test tier, in order of speed — typecheck and lint, unit, database, then end-to-end
// in Chromium. The database and end-to-end tiers run on SQLite and, side by side with them, on
// PostgreSQL (a throwaway server from Debian's package on a local port, stopped afterwards). Stops
// at the first failing tier.
// Chromium and PostgreSQL are found (or installed) before anything runs, so a missing one is
// reported at once instead of after the slower tiers.
//
// AIDFLOW_TEST_POSTGRES=skip runs the SQLite tiers only (for a machine where PostgreSQL cannot be
// installed); CI never sets it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REACT_SERVER_CONDITION } from "@/lib/db/server-condition";
import { ensureChromium } from "./lib/chromium";
import { buildIfNeeded } from "./lib/next-cli";
import { ensurePostgresBinaries, startPostgres, type PostgresServer } from "./lib/postgres-server";
import { runTogether, type Task } from "./lib/run-together";

const withPostgres = process.env.AIDFLOW_TEST_POSTGRES !== "skip";
const PG_PORT = Number(process.env.TEST_POSTGRES_PORT ?? 55433);
const PG_TEMPLATE = "aidflow_test_template";
const PG_E2E_PORT = 3101; // the SQLite run's server has playwright.config.ts's default, 3100

let postgres: PostgresServer | null = null;

function stopPostgres() {
  postgres?.stop();
  postgres = null;
}

function run(title: string, command: string, args: string[], env: Record<string, string | undefined> = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    stopPostgres();
    process.exit(result.status ?? 1);
  }
}

let chromium: string;
try {
  chromium = ensureChromium();
  if (withPostgres) ensurePostgresBinaries();
} catch (error) {
  console.error((error as Error).message);
  if (withPostgres) console.error("To run the SQLite tiers only, set AIDFLOW_TEST_POSTGRES=skip.");
  process.exit(1);
}

const bin = (name: string) => `node_modules/.bin/${name}`;
// Scripts that reach the database modules run under the react-server condition (lib/db/server-condition.ts).
const tsx = (script: string) => ["node_modules/tsx/dist/cli.mjs", REACT_SERVER_CONDITION, script];
// The SQLite tiers must not pick up a PostgreSQL DATABASE_URL from the caller's environment.
const sqlite = { DATABASE_URL: "" };

async function together(title: string, tasks: Task[]) {
  if (await runTogether(title, tasks)) return;
  console.error(`\n${title} failed.`);
  stopPostgres();
  process.exit(1);
}

await together("typecheck and lint", [
  { name: "tsc", command: bin("tsc"), args: ["--noEmit"] },
  { name: "eslint", command: bin("eslint"), args: [".", "--max-warnings=0"] },
  { name: "knip", command: bin("knip"), args: [] },
]);
run("unit tests", bin("vitest"), ["run", "--project", "unit"], sqlite);

const sqliteDb: Task = { name: "sqlite", command: bin("vitest"), args: ["run", "--project", "db"], env: sqlite };
const sqliteE2e: Task = { name: "sqlite", command: process.execPath, args: tsx("scripts/e2e.ts"), env: { ...sqlite, CHROMIUM_PATH: chromium } };

if (withPostgres) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopPostgres();
      process.exit(130);
    });
  }
  // fsync off: a throwaway cluster; the tests check behaviour, not durability.
  postgres = startPostgres({ port: PG_PORT, unsafeFast: true });
  // One migrated template for every test database (tests/helpers/temp-db.ts copies it).
  postgres.createDatabase(PG_TEMPLATE);
  run("PostgreSQL test template", process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy", "--config", "prisma.postgres.config.ts"], {
    DATABASE_URL: postgres.url(PG_TEMPLATE),
  });
  // Each database's tiers run side by side with the other's: separate databases, servers, ports,
  // upload folders and Playwright output, so they cannot see each other.
  await together("database tests, on SQLite and on PostgreSQL", [
    sqliteDb,
    {
      name: "postgres",
      command: bin("vitest"),
      args: ["run", "--project", "db"],
      env: { TEST_POSTGRES_URL: postgres.url("postgres"), TEST_POSTGRES_TEMPLATE: PG_TEMPLATE, DATABASE_URL: "" },
    },
  ]);
  // Built once here, so the two runs below do not both start a build.
  try {
    buildIfNeeded();
  } catch (error) {
    console.error((error as Error).message);
    stopPostgres();
    process.exit(1);
  }
  await together("end-to-end tests, on SQLite and on PostgreSQL", [
    sqliteE2e,
    {
      name: "postgres",
      command: process.execPath,
      args: tsx("scripts/e2e.ts"),
      env: {
        E2E_DATABASE_URL: postgres.url("aidflow_e2e"),
        E2E_PORT: String(PG_E2E_PORT),
        UPLOAD_DIR: path.join("data", "uploads-e2e-postgres"),
        // A sibling, not a child, of the SQLite run's test-results/, which Playwright empties as it starts.
        PLAYWRIGHT_OUTPUT_DIR: "test-results-postgres",
        CHROMIUM_PATH: chromium,
      },
    },
  ]);
  stopPostgres();
} else {
  run("database tests (SQLite)", sqliteDb.command, sqliteDb.args, sqliteDb.env);
  run("end-to-end tests (SQLite)", sqliteE2e.command, sqliteE2e.args, sqliteE2e.env);
  console.warn("\nAIDFLOW_TEST_POSTGRES=skip: the PostgreSQL tiers did not run.");
}
console.log("\nAll tests passed.");
