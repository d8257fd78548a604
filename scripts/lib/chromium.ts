import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

// Playwright drives Debian's Chromium: this machine cannot download Playwright's own browser build.
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find(executable);
}

const HOW =
  "Install Debian's Chromium (as root: apt-get update && apt-get install -y --no-install-recommends chromium), " +
  "or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.";

/** Finds Chromium, installing Debian's package when running as root with apt-get; else explains. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not executable. ${HOW}`);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).status === 0;
  if (!isRoot || !hasApt) throw new Error(`No Chromium found for the end-to-end tests. ${HOW}`);
  log("chromium: not found, installing Debian's package with apt-get");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed. ${HOW}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium but no binary was found. ${HOW}`);
  return installed;
}
