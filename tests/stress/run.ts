// npm run test:stress: the heavy versions of the import's robustness tests, apart from `npm test`.
// 1. concurrency: 20 readers of the API during a 100,000-row import (tests/stress/concurrency.ts);
// 2. crash: kill -9 the import worker at 30 random moments of a 10,000-row import
//    (tests/db/import-crash.test.ts with more rows and kills; `npm test` runs it lighter).
import { spawnSync } from "node:child_process";
import { REACT_SERVER_CONDITION } from "@/lib/db/server-condition";

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

const concurrency = run("concurrency: 20 readers during a 100,000-row import", process.execPath, [
  REACT_SERVER_CONDITION,
  "--import",
  "tsx",
  "tests/stress/concurrency.ts",
]);
const crash = run(
  "crash: kill -9 at 30 random moments",
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--project", "db", "tests/db/import-crash.test.ts"],
  { CRASH_ROWS: process.env.CRASH_ROWS ?? "10000", CRASH_KILLS: process.env.CRASH_KILLS ?? "30" },
);
console.log(`\nconcurrency: ${concurrency ? "passed" : "FAILED"}; crash: ${crash ? "passed" : "FAILED"}`);
process.exit(concurrency && crash ? 0 : 1);
