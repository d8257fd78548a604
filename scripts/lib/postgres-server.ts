import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { accessSync, chownSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// A throwaway PostgreSQL server for the test suite and the benchmark: Debian's `postgresql` package
// (installed with apt-get when missing and we are root), a fresh cluster in a temp folder, started on
// a local port with its socket in the same folder, and removed again by stop(). PostgreSQL refuses
// to run as root, so as root the cluster belongs to the `postgres` user the package creates.
//
// The cluster uses the C collation, so text sorts by code point as it does in SQLite (and as the
// keyset cursors expect); docs/deployment.md asks the same of a production database.

export interface PostgresServer {
  /** postgresql://aidflow@127.0.0.1:<port>/<database> */
  url: (database: string) => string;
  port: number;
  dataDir: string;
  /** The psql of the same installation. */
  psqlPath: string;
  /** Runs SQL through psql against `database` (default "postgres"); throws on error. */
  psql: (sql: string, database?: string) => string;
  createDatabase: (name: string, template?: string) => void;
  dropDatabase: (name: string) => void;
  stop: () => void;
}

export class PostgresUnavailableError extends Error {}

const SUPERUSER = "aidflow";
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function binDirCandidates(): string[] {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return [...versions.map((version) => path.join(root, version, "bin")), "/usr/local/bin", "/usr/bin"];
}

function findBinDir(): string | null {
  for (const dir of binDirCandidates()) {
    try {
      accessSync(path.join(dir, "initdb"), constants.X_OK);
      accessSync(path.join(dir, "pg_ctl"), constants.X_OK);
      return dir;
    } catch {
      // next
    }
  }
  return null;
}

const HOW =
  "Install Debian's PostgreSQL (as root: apt-get update && apt-get install -y --no-install-recommends postgresql), " +
  "or run as root so that the tests can install it.";

/** The folder holding initdb/pg_ctl/psql, installing Debian's package when possible. */
export function ensurePostgresBinaries(log: (line: string) => void = console.log): string {
  const found = findBinDir();
  if (found) return found;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).status === 0;
  if (!isRoot() || !hasApt) throw new PostgresUnavailableError(`PostgreSQL is not installed and cannot be installed here. ${HOW}`);
  log("postgresql: not found, installing Debian's package with apt-get");
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "postgresql"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new PostgresUnavailableError(`apt-get ${args.join(" ")} failed. ${HOW}`);
  }
  const installed = findBinDir();
  if (!installed) throw new PostgresUnavailableError(`apt-get installed postgresql but no initdb was found. ${HOW}`);
  return installed;
}

function postgresUid(): { uid: number; gid: number } | null {
  const result = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const groups = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (result.status !== 0 || groups.status !== 0) return null;
  return { uid: Number(result.stdout.trim()), gid: Number(groups.stdout.trim()) };
}

export interface StartOptions {
  port: number;
  /** Extra server settings (-c name=value). */
  settings?: Record<string, string | number>;
  /** Faster, not crash-safe: for throwaway test clusters only. */
  unsafeFast?: boolean;
  log?: (line: string) => void;
}

export function startPostgres({ port, settings = {}, unsafeFast = false, log = console.log }: StartOptions): PostgresServer {
  const bin = ensurePostgresBinaries(log);
  const owner = isRoot() ? postgresUid() : null;
  if (isRoot() && !owner) throw new PostgresUnavailableError(`running as root, but there is no "postgres" user to run the server as. ${HOW}`);
  const base = mkdtempSync(path.join(os.tmpdir(), "aidflow-pg-"));
  const dataDir = path.join(base, "data");
  mkdirSync(dataDir, { mode: 0o700 });
  if (owner) {
    chownSync(base, owner.uid, owner.gid);
    chownSync(dataDir, owner.uid, owner.gid);
  }
  // As root, run the server programs as postgres (runuser keeps our environment minimal and clean).
  const run = (program: string, args: string[], options: SpawnSyncOptions = {}) => {
    const command = owner ? "runuser" : path.join(bin, program);
    const fullArgs = owner ? ["-u", "postgres", "--", path.join(bin, program), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: "utf8", cwd: base, ...options });
    if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    return String(result.stdout ?? "");
  };

  run("initdb", ["-D", dataDir, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-instructions"]);
  const allSettings: Record<string, string | number> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: base,
    max_connections: 200,
    ...(unsafeFast ? { fsync: "off", synchronous_commit: "off", full_page_writes: "off" } : {}),
    ...settings,
  };
  const options = [`-p ${port}`, ...Object.entries(allSettings).map(([name, value]) => `-c ${name}=${value}`)].join(" ");
  run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(base, "server.log"), "-w", "-t", "60", "start"]);
  log(`postgresql: started on 127.0.0.1:${port} (cluster in ${base})`);

  const psqlBin = path.join(bin, "psql");
  const psql = (sql: string, database = "postgres") => {
    const result = spawnSync(psqlBin, ["-h", "127.0.0.1", "-p", String(port), "-U", SUPERUSER, "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], {
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
    return result.stdout;
  };
  let stopped = false;
  return {
    port,
    dataDir,
    psqlPath: psqlBin,
    url: (database) => `postgresql://${SUPERUSER}@127.0.0.1:${port}/${database}`,
    psql,
    createDatabase: (name, template) => {
      psql(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
    },
    dropDatabase: (name) => {
      psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      } finally {
        if (existsSync(base) && statSync(base).isDirectory()) rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
