import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// A production build is reused only while the code it was built from is unchanged: the stamp is a
// hash of every file that goes into `next build`. A stale build after `git pull` is rebuilt.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
];
const distDir = () => process.env.NEXT_DIST_DIR ?? ".next";
const stampFile = () => path.join(distDir(), "aidflow-build-stamp");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) {
      hash.update(file);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!existsSync(path.join(distDir(), "BUILD_ID")) || !existsSync(stampFile())) return false;
  return readFileSync(stampFile(), "utf8") === sourceHash();
}

export function writeBuildStamp(): void {
  writeFileSync(stampFile(), sourceHash());
}
