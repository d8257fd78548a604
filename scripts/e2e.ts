// End-to-end tests: a fresh database with the dataset, a production build, and Playwright in
// Debian's Chromium against `next start` (started by playwright.config.ts).
// - SQLite (default): the file E2E_DATABASE_FILE (default data/e2e.db), deleted and set up afresh.
// - PostgreSQL: E2E_DATABASE_URL=postgresql://.../<db> (scripts/test.ts sets it on its PostgreSQL
//   tier); that database is dropped, created and set up afresh, and the server runs on it.
// Usage: npm run test:e2e [-- playwright args]
import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { postgresUrl, redactedUrl } from "@/lib/db/dialect";
import { REACT_SERVER_CONDITION } from "@/lib/db/server-condition";
import { ensureChromium } from "./lib/chromium";
import { recreateDatabase } from "./lib/postgres-database";
import { setupDatabase } from "./db-setup";
import { buildIfNeeded } from "./lib/next-cli";

// E2E_DATABASE_FILE lets parallel runs use separate files (with NEXT_DIST_DIR and E2E_PORT).
export const E2E_DATABASE_FILE = path.resolve(process.env.E2E_DATABASE_FILE ?? path.join("data", "e2e.db"));

/** A fresh, seeded e2e database; returns the environment that points the server and specs at it. */
async function freshDatabase(): Promise<Record<string, string>> {
  const url = postgresUrl({ DATABASE_URL: process.env.E2E_DATABASE_URL });
  if (url !== null) {
    console.log(`e2e: on PostgreSQL, ${redactedUrl(url)}`);
    await recreateDatabase(url);
    await setupDatabase(url);
    return { DATABASE_URL: url };
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(E2E_DATABASE_FILE + suffix, { force: true });
  await setupDatabase(E2E_DATABASE_FILE);
  // An inherited postgresql:// DATABASE_URL would win over the file in lib/db.ts.
  return { DATABASE_FILE: E2E_DATABASE_FILE, DATABASE_URL: "" };
}

async function main() {
  const chromium = ensureChromium();
  const databaseEnv = await freshDatabase();
  buildIfNeeded();
  // Specs open the database through lib/db.ts: the runner and its workers (which inherit its flags)
  // need the react-server condition; the server under test, started by Playwright, does not get it.
  const result = spawnSync(process.execPath, [REACT_SERVER_CONDITION, "node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, ...databaseEnv, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exit(result.status ?? 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
