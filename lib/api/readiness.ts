import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { dialect, prisma } from "@/lib/db";

// Is this instance ready to serve? The database must answer, and every migration shipped with this
// build (the folders of prisma/migrations, or prisma/postgres/migrations) must be applied and
// finished in `_prisma_migrations`: an instance started before `npm run db:setup` finished, or
// pointed at an old database, must not get traffic.

export type Readiness =
  | { ready: true; database: typeof dialect; migrations: number }
  | { ready: false; database: typeof dialect; reason: string };

const TIMEOUT_MS = 3_000;

function shippedMigrations(): string[] {
  const folder = dialect === "postgresql" ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations");
  return readdirSync(path.resolve(folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

async function appliedMigrations(): Promise<Set<string>> {
  const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  return new Set(rows.map((row) => row.migration_name));
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(): Promise<Readiness> {
  let applied: Set<string>;
  try {
    applied = await withTimeout(appliedMigrations());
  } catch (error) {
    // The cause (which may name hosts or files) goes to the log, not to whoever polls.
    console.error("[health] database check failed:", error instanceof Error ? error.message : error);
    return { ready: false, database: dialect, reason: "The database does not answer, or has no migration table." };
  }
  const shipped = shippedMigrations();
  const pending = shipped.filter((name) => !applied.has(name));
  if (pending.length > 0)
    return { ready: false, database: dialect, reason: `${pending.length} of ${shipped.length} migrations are not applied yet.` };
  return { ready: true, database: dialect, migrations: shipped.length };
}
