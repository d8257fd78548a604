import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

// The adapter Prisma's CLI (migrate deploy, migrate diff) uses for PostgreSQL, in
// prisma.postgres.config.ts. @prisma/adapter-pg 6.19 cannot read PostgreSQL's `name` type, which the
// schema engine's catalogue queries return, so every migrate command fails with "Column type
// 'name' could not be deserialized" (prisma/prisma#27403, open), and then the same for "char".
// Both are short text in the system catalogues, which node-postgres already reads as strings, so
// the pool here reports such columns (and arrays of them) as text to the adapter. Only the CLI uses
// this; the app's client (lib/db.ts) never reads catalogue types.

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
// "char", name, int2vector, oidvector → text; _char, _name → text[].
const AS_TEXT = new Map([
  [18, TEXT_OID],
  [19, TEXT_OID],
  [22, TEXT_OID],
  [30, TEXT_OID],
  [1002, TEXT_ARRAY_OID],
  [1003, TEXT_ARRAY_OID],
]);

type QueryResult = { fields?: { dataTypeID: number }[] };

function nameAsText(result: unknown): unknown {
  for (const field of (result as QueryResult | undefined)?.fields ?? []) field.dataTypeID = AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
  return result;
}

function patchedPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  // Every query, through the pool or a checked-out client (transactions), runs on a pooled client.
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      // pg.Pool#query calls it with a callback; a checked-out client is called without one.
      const callback = args.at(-1);
      if (typeof callback === "function")
        return query(...args.slice(0, -1), (error: unknown, result: unknown) => (callback as (e: unknown, r: unknown) => void)(error, nameAsText(result)));
      const result = query(...args);
      return result instanceof Promise ? result.then(nameAsText) : result;
    };
  });
  // A shadow database is dropped with its connections still idle in the pool: their end is expected.
  pool.on("error", () => {});
  return pool;
}

function withUrlDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function postgresMigrateAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(patchedPool(url));
  return {
    provider: "postgres",
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    // A temporary database for `migrate diff --from-migrations`, dropped when Prisma lets go of it.
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const main = await factory.connect();
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadowPool = patchedPool(withUrlDatabase(url, database));
      const shadow = await new PrismaPg(shadowPool).connect();
      return new Proxy(shadow, {
        get(target, property) {
          if (property === "dispose")
            return async () => {
              await target.dispose();
              await shadowPool.end();
              await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
              await main.dispose();
            };
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  };
}
