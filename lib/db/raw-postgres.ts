import type { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import type { PoolClient } from "pg";

// The pg connection of the open Prisma transaction, for an import's COPY (lib/db/copy-rows.ts):
// COPY ... FROM STDIN is PostgreSQL's bulk loader, many times faster than INSERT statements, and
// Prisma cannot send it. Prisma's pg adapter runs a transaction on one pooled connection from
// BEGIN to COMMIT; a COPY sent on that connection inside the transaction's callback is part of the
// transaction. Only the import's own client captures it (lib/import/import-client.ts), and only
// while exactly one of its transactions is open; otherwise `rawPostgresOf` is null and callers use
// Prisma.

const RAW = Symbol.for("aidflow.rawPostgres");

interface Holder {
  open: Set<PoolClient>;
}

function tracked(transaction: Transaction, holder: Holder): Transaction {
  const client = (transaction as unknown as { client?: PoolClient }).client;
  if (!client) return transaction;
  holder.open.add(client);
  const end = (finish: () => Promise<void>) => async () => {
    holder.open.delete(client);
    await finish();
  };
  return new Proxy(transaction, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === "commit" || property === "rollback") return end((value as () => Promise<void>).bind(target));
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function trackTransactions(adapter: SqlDriverAdapter, holder: Holder): SqlDriverAdapter {
  const startTransaction: SqlDriverAdapter["startTransaction"] = async (isolationLevel) => tracked(await adapter.startTransaction(isolationLevel), holder);
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "startTransaction") return startTransaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Wraps the adapter factory so that its open transactions' connections can be found. */
export function capturePostgresTransactions(inner: PrismaPg): { factory: SqlDriverAdapterFactory; holder: Holder } {
  const holder: Holder = { open: new Set() };
  const factory: SqlDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => trackTransactions(await inner.connect(), holder),
  };
  return { factory, holder };
}

/** Marks a client (and so its transaction clients, which forward unknown properties) with the holder. */
export function markRawPostgres<T extends object>(client: T, holder: Holder): T {
  Object.defineProperty(client, RAW, { value: holder, enumerable: false });
  return client;
}

/** The connection of the one open transaction of a marked client; null otherwise. */
export function rawPostgresOf(client: object): PoolClient | null {
  const holder = (client as { [RAW]?: Holder })[RAW];
  if (!holder || holder.open.size !== 1) return null;
  return [...holder.open][0]!;
}
