import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, writeBuildStamp } from "./build-stamp";

// Next is started through its own entry point, not npx: killing an npx process would leave the real
// server running (../shared/STACK.md).
const NEXT = path.resolve("node_modules", "next", "dist", "bin", "next");
const TSX = path.resolve("node_modules", "tsx", "dist", "cli.mjs");
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

export function buildIfNeeded(log: (line: string) => void = console.log): void {
  if (buildIsCurrent()) {
    log("build: the production build is current");
    return;
  }
  log("build: running next build");
  const result = spawnSync(process.execPath, [NEXT, "build"], { stdio: "inherit", env: ENV });
  if (result.status !== 0) throw new Error("next build failed");
  // The JavaScript budget fails the build when a page's first-load JavaScript grows past it.
  const budget = spawnSync(process.execPath, [TSX, "scripts/check-bundle-budget.ts"], { stdio: "inherit", env: ENV });
  if (budget.status !== 0) throw new Error("the build is over its JavaScript budget (scripts/check-bundle-budget.ts)");
  writeBuildStamp();
}

export function startNext(port: string, env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(process.execPath, [NEXT, "start", "-p", port], { stdio: "inherit", env: { ...ENV, ...env } });
}
