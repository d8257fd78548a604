import path from "node:path";

// The SQLite file: DATABASE_FILE if set, else data/aidflow.db inside the project. Kept free of
// other imports because prisma.config.ts, scripts and the app all read it; the app asks lib/env.ts.
const DEFAULT_DATABASE_FILE = "data/aidflow.db";

export function databaseFilePath(env: Record<string, string | undefined>): string {
  const raw = env.DATABASE_FILE?.trim();
  return path.resolve(raw && raw.length > 0 ? raw : DEFAULT_DATABASE_FILE);
}
