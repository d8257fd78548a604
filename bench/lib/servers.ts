import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import path from "node:path";
import { spawnTs, stopProcess, waitForHttp } from "./proc";

// The servers the bench measures: the app (a production build, `next start`, the way scripts/start.ts
// runs it) and the bare baseline. Each is one process whose pid is the server itself, so that its
// memory can be read from /proc.

export interface RunningServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

const NEXT = path.resolve("node_modules", "next", "dist", "bin", "next");

/** Where the database is, as the app's environment says it (SQLite file or PostgreSQL URL). */
export type DatabaseEnv = { DATABASE_FILE: string } | { DATABASE_URL: string };

function logTo(child: ChildProcess, name: string, echo: boolean) {
  const forward = (chunk: Buffer) => {
    if (echo) process.stderr.write(`[${name}] ${chunk.toString()}`);
  };
  child.stdout?.on("data", forward);
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
}

export async function startApp(port: number, database: DatabaseEnv, { echo = false } = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [NEXT, "start", "-p", String(port)], {
    env: {
      ...process.env,
      ...database,
      ...("DATABASE_URL" in database ? {} : { DATABASE_URL: "" }),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      // The API is rate limited per client by default; a load test is one client.
      RATE_LIMIT_API_PER_MIN: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  logTo(child, `app:${port}`, echo);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/v1/datasets`);
  return { url, pid: child.pid!, stop: () => stopProcess(child) };
}

export async function startBaseline(port: number, database: DatabaseEnv): Promise<RunningServer> {
  const child = spawnTs("bench/baseline-server.ts", [String(port)], {
    env: { ...process.env, ...database, ...("DATABASE_URL" in database ? {} : { DATABASE_URL: "" }) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  logTo(child, `baseline:${port}`, false);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/v1/figures?limit=1`);
  return { url, pid: child.pid!, stop: () => stopProcess(child) };
}
