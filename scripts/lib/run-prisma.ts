import { spawnSync } from "node:child_process";
import path from "node:path";

// Runs the Prisma CLI from node_modules (not through npx, which may try to download a package).
export function runPrisma(args: string[], env: Record<string, string | undefined> = {}): void {
  const cli = path.resolve("node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
}
