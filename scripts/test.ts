// npm test: every test tier, in order of speed — unit, database, then end-to-end in Chromium — first
// on SQLite, then the database and end-to-end tiers again on PostgreSQL (a throwaway server from
// Debian's package on a local port, stopped afterwards). Stops at the first failing tier.
// Chromium and PostgreSQL are found (or installed) before anything runs, so a missing one is
// reported at once instead of after the slower tiers.
//
// AIDFLOW_TEST_POSTGRES=skip runs the SQLite tiers only (for a machine where PostgreSQL cannot be
// installed); CI never sets it.
import { spawn, spawnSync } from "node:child_process";
import { ensureChromium } from "./lib/chromium";
import { ensurePostgresBinaries, startPostgres, type PostgresServer } from "./lib/postgres-server";

const withPostgres = process.env.AIDFLOW_TEST_POSTGRES !== "skip";
const PG_PORT = Number(process.env.TEST_POSTGRES_PORT ?? 55433);
const PG_TEMPLATE = "aidflow_test_template";
// overview.spec.ts is left out: its pages read the same lib/data queries as explore and figure-page,
// and the minute it takes would push CI past its 20-minute budget.
const PG_E2E_SPECS = ["smoke", "explore", "figure-page", "events", "exports", "import", "access"].map((name) => `tests/e2e/${name}.spec.ts`);

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

/** Runs independent CPU-bound checks side by side (the CI machine has two cores); fails if any fails. */
async function runTogether(title: string, commands: Array<[string, string[]]>) {
  console.log(`\n=== ${title} ===`);
  const statuses = await Promise.all(
    commands.map(
      ([command, args]) =>
        new Promise<number>((resolve) => {
          const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
          child.on("exit", (code) => resolve(code ?? 1));
          child.on("error", () => resolve(1));
        }),
    ),
  );
  if (statuses.some((status) => status !== 0)) {
    console.error(`\n${title} failed.`);
    process.exit(1);
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
const tsx = (script: string) => ["node_modules/tsx/dist/cli.mjs", script];
// The SQLite tiers must not pick up a PostgreSQL DATABASE_URL from the caller's environment.
const sqlite = { DATABASE_URL: "" };

await runTogether("typecheck and lint", [
  [bin("tsc"), ["--noEmit"]],
  [bin("eslint"), [".", "--max-warnings=0"]],
]);
run("unit tests", bin("vitest"), ["run", "--project", "unit"], sqlite);
run("database tests (SQLite)", bin("vitest"), ["run", "--project", "db"], sqlite);
run("end-to-end tests (SQLite)", process.execPath, tsx("scripts/e2e.ts"), { ...sqlite, CHROMIUM_PATH: chromium });

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
  run("database tests (PostgreSQL)", bin("vitest"), ["run", "--project", "db"], {
    TEST_POSTGRES_URL: postgres.url("postgres"),
    TEST_POSTGRES_TEMPLATE: PG_TEMPLATE,
    DATABASE_URL: "",
  });
  // The specs whose pages and set-up read or write the database, without their axe scans; the rest
  // (axe scans, sharing and presentation) check what the browser makes of the same data: SQLite only.
  run("end-to-end tests (PostgreSQL)", process.execPath, [...tsx("scripts/e2e.ts"), ...PG_E2E_SPECS, "--grep-invert", "axe"], {
    E2E_DATABASE_URL: postgres.url("aidflow_e2e"),
    CHROMIUM_PATH: chromium,
  });
  stopPostgres();
} else {
  console.warn("\nAIDFLOW_TEST_POSTGRES=skip: the PostgreSQL tiers did not run.");
}
console.log("\nAll tests passed.");
