import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// The better-sqlite3 connection under a Prisma client, for the bulk writes of an import
// (lib/db/bulk-sql.ts). Prisma costs about 0.1 ms per statement on top of SQLite's own work (it
// builds, logs and keeps every statement's arguments), which is most of a large import's time; a
// prepared statement run row by row on the same connection costs a few microseconds. The
// connection is the one Prisma's interactive transaction holds (the adapter runs everything on one
// connection, and a transaction keeps it until COMMIT), so a statement run on it inside the
// transaction's callback is part of that transaction, committed or rolled back with it.
//
// Only clients made with `captureSqliteConnection` carry the connection (the import's own client,
// lib/import/import-client.ts); for any other, `rawSqliteOf` is null and callers use Prisma.

const RAW = Symbol.for("aidflow.rawSqlite");

interface Holder {
  db: BetterSqlite3.Database | null;
}

/** Wraps the adapter factory so that the connection it opens can be found again. */
export function captureSqliteConnection(inner: PrismaBetterSQLite3): { factory: PrismaBetterSQLite3; holder: Holder } {
  const holder: Holder = { db: null };
  const capture = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    holder.db = (adapter as unknown as { client?: BetterSqlite3.Database }).client ?? null;
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => capture(inner.connect()),
    connectToShadowDb: () => capture(inner.connectToShadowDb()),
  };
  return { factory: factory as unknown as PrismaBetterSQLite3, holder };
}

/** Marks a client (and so its transaction clients, which forward unknown properties) with its connection. */
export function markRawSqlite<T extends object>(client: T, holder: Holder): T {
  Object.defineProperty(client, RAW, { get: () => holder.db, enumerable: false });
  return client;
}

/** The open better-sqlite3 connection under a marked client or transaction client; null otherwise. */
export function rawSqliteOf(client: object): BetterSqlite3.Database | null {
  const db = (client as { [RAW]?: BetterSqlite3.Database | null })[RAW] ?? null;
  return db?.open ? db : null;
}
