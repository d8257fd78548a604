// End-to-end tests: a fresh SQLite file with the dataset, a production build, and Playwright in
// Debian's Chromium against `next start` (started by playwright.config.ts).
// Usage: npm run test:e2e [-- playwright args]
import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { setupDatabase } from "./db-setup";
import { buildIfNeeded } from "./lib/next-cli";

// E2E_DATABASE_FILE lets parallel runs use separate files (with NEXT_DIST_DIR and E2E_PORT).
export const E2E_DATABASE_FILE = path.resolve(process.env.E2E_DATABASE_FILE ?? path.join("data", "e2e.db"));

async function main() {
  const chromium = ensureChromium();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(E2E_DATABASE_FILE + suffix, { force: true });
  await setupDatabase(E2E_DATABASE_FILE);
  buildIfNeeded();
  const result = spawnSync(
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium, DATABASE_FILE: E2E_DATABASE_FILE, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  process.exit(result.status ?? 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
