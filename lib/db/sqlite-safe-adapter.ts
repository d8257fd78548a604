import "server-only";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

// A guard around Prisma's better-sqlite3 adapter for two things the adapter (6.19) leaves out.
//
// 1. A failed COMMIT must roll back (prisma/prisma#29933). Prisma ends an interactive transaction
//    by running "COMMIT" through the transaction and then calling its commit(), which releases the
//    adapter's lock on the one shared connection. When COMMIT fails (SQLITE_BUSY: another
//    connection holds a lock the commit needs), SQLite keeps the transaction open, Prisma never
//    calls commit() or rollback(), and so the connection stays inside the dead transaction with
//    the lock held: every later transaction waits forever, and every later plain write lands in
//    the open transaction and is silently lost when the process ends. Here a failed COMMIT is
//    followed by a real ROLLBACK, the lock is released, and the error still reaches the caller, so
//    the failed transaction is reported as failed and the connection is clean for the next write.
//    The same applies to a ROLLBACK that fails. Tested in tests/db/busy-commit.test.ts.
//
// 2. synchronous=FULL on every connection: in WAL mode SQLite's default (NORMAL) may lose the last
//    commits on a power cut. Curation writes are few and must survive, so each commit is synced.
//
// 3. Query planner statistics. Without them SQLite guesses how many rows a filter keeps,
//    and at a million figures a wrong guess sorts half the table instead of reading an index
//    (docs/performance.md). SQLite's own advice for long-lived connections: PRAGMA optimize=0x10002
//    when a connection opens (it analyses only tables whose statistics are missing or stale, a few
//    seconds once after a big import, nothing otherwise), and PRAGMA optimize when one closes (the
//    import worker's, after it changed many rows). Both are best-effort: a busy database or a
//    read-only file only means older statistics.

const ROLLBACK: SqlQuery = { sql: "ROLLBACK", args: [], argTypes: [] };

function guardTransaction(tx: Transaction): Transaction {
  const executeRaw = async (query: SqlQuery): Promise<number> => {
    if (query.sql !== "COMMIT" && query.sql !== "ROLLBACK") return tx.executeRaw(query);
    try {
      return await tx.executeRaw(query);
    } catch (error) {
      if (query.sql === "COMMIT") {
        try {
          await tx.executeRaw(ROLLBACK);
        } catch {
          // "no transaction is active": SQLite already rolled it back itself.
        }
      }
      // Releases the adapter's lock on the connection (Prisma skips this when the statement fails).
      await tx.rollback();
      throw error;
    }
  };
  return new Proxy(tx, {
    get(target, property) {
      if (property === "executeRaw") return executeRaw;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const optimize = async (adapter: SqlDriverAdapter, pragma: string) => {
  try {
    await adapter.executeScript(pragma);
  } catch {
    // Statistics are an optimisation: never fail a connection for them.
  }
};

function guardAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction: SqlDriverAdapter["startTransaction"] = async (isolationLevel) =>
    guardTransaction(await adapter.startTransaction(isolationLevel));
  const dispose: SqlDriverAdapter["dispose"] = async () => {
    await optimize(adapter, "PRAGMA optimize");
    await adapter.dispose();
  };
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "startTransaction") return startTransaction;
      if (property === "dispose") return dispose;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

// SQLite's default page cache is 2 MB; the indexes a million-figure list walks are far larger, so
// every query re-read its pages through the kernel. 32 MB per connection keeps the hot ones.
export const DEFAULT_CACHE_KB = 32 * 1024;

async function prepare(adapter: SqlDriverAdapter, cacheKb: number): Promise<SqlDriverAdapter> {
  await adapter.executeScript(`PRAGMA synchronous = FULL; PRAGMA cache_size = -${Math.round(cacheKb)}`);
  await optimize(adapter, "PRAGMA optimize=0x10002");
  return guardAdapter(adapter);
}

export class RollbackSafeSQLite3 implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;

  constructor(
    private readonly inner: PrismaBetterSQLite3,
    private readonly cacheKb: number = DEFAULT_CACHE_KB,
  ) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return prepare(await this.inner.connect(), this.cacheKb);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return prepare(await this.inner.connectToShadowDb(), this.cacheKb);
  }
}
