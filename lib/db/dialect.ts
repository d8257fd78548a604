// Which database this process uses, decided from the environment: PostgreSQL when DATABASE_URL is a
// postgresql:// (or postgres://) URL, else SQLite at DATABASE_FILE. Kept free of other imports
// because the Prisma config files, scripts and the app all read it; the app asks lib/env.ts.

export type Dialect = "sqlite" | "postgresql";

const POSTGRES_URL = /^postgres(?:ql)?:\/\//;

/** The PostgreSQL connection URL, or null when the app runs on SQLite. */
export function postgresUrl(env: Record<string, string | undefined>): string | null {
  const url = env.DATABASE_URL?.trim();
  return url && POSTGRES_URL.test(url) ? url : null;
}

/** The URL without its password, for logs and error messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

// Each client made by lib/db.ts is marked with its dialect. Prisma's transaction clients forward
// unknown properties to the client they belong to, so a `tx` answers too.
const DIALECT = Symbol.for("aidflow.dialect");

export function markDialect<T extends object>(client: T, dialect: Dialect): T {
  Object.defineProperty(client, DIALECT, { value: dialect, enumerable: false });
  return client;
}

/** The dialect of a client or transaction client made by lib/db.ts (SQLite for any other). */
export function dialectOf(client: object): Dialect {
  return (client as { [DIALECT]?: Dialect })[DIALECT] ?? "sqlite";
}
