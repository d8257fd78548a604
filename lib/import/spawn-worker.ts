import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { REACT_SERVER_CONDITION } from "@/lib/db/server-condition";
import { recordWorkerPid } from "./runs";

// Starts the import worker as its own process. better-sqlite3 is synchronous: an import of a large
// file run inside the Next server would stop it answering anyone until the import ended. In its own
// process the import runs at its own pace, and the server keeps reading from the WAL meanwhile.
// Detached (its own process group) and unreferenced, so the worker finishes its import even if the
// request or the server goes away; it inherits the server's environment, and its output joins the
// server's log. tsx is loaded into the one process (--import), so the worker is a single process
// whose pid is recorded with the import: if it dies, the import is known to have failed
// (lib/import/runs.ts).

function spawnImportWorker(runId: number, cwd = process.cwd()): ChildProcess {
  const script = path.join(cwd, "scripts", "import-worker.ts");
  const child = spawn(process.execPath, [REACT_SERVER_CONDITION, "--import", "tsx", script, String(runId)], {
    cwd,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("error", (error) => console.error(`[import ${runId}] worker failed to start:`, error));
  child.unref();
  if (child.pid === undefined) throw new Error("the import worker could not be started");
  return child;
}

/** Starts the worker for a queued import and records its pid with the import. */
export async function launchImportWorker(prisma: PrismaClient, runId: number, cwd = process.cwd()): Promise<ChildProcess> {
  const child = spawnImportWorker(runId, cwd);
  await recordWorkerPid(prisma, runId, child.pid!);
  return child;
}
