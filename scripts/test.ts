// npm test: every test tier, in order of speed — unit, database, then end-to-end in Chromium.
// Stops at the first failing tier. Chromium is found (or installed) before anything runs, so a
// missing browser is reported at once instead of after the slower tiers.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./lib/chromium";

function run(title: string, command: string, args: string[], env: Record<string, string | undefined> = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

let chromium: string;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const npx = (bin: string) => ["node_modules/.bin/" + bin];
run("typecheck", npx("tsc")[0]!, ["--noEmit"]);
run("lint", npx("eslint")[0]!, [".", "--max-warnings=0"]);
run("unit tests", npx("vitest")[0]!, ["run", "--project", "unit"]);
run("database tests", npx("vitest")[0]!, ["run", "--project", "db"]);
run("end-to-end tests", process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/e2e.ts"], { CHROMIUM_PATH: chromium });
console.log("\nAll tests passed.");
