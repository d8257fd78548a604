import type { PoolClient } from "pg";
import { rawPostgresOf } from "@/lib/db/raw-postgres";
import { rawSqliteOf } from "@/lib/db/raw-sqlite";
import type { Tx } from "@/lib/db/tx";

// The ids of a dataset's figures by key, for a part of an import at a time: on the import's own
// SQLite connection a prepared lookup on the (datasetId, key) index, on its PostgreSQL connection one
// statement for them all, elsewhere through Prisma.

// PostgreSQL: by key through the (datasetId, key) index, one key at a time (LATERAL). Planned as a
// join (or as an IN list), it went by statistics taken before the import, in which the dataset had
// next to no figures, and scanned all of the dataset's figures for every part: minutes at a million.
const POSTGRES_IDS_OF_KEYS =
  `SELECT "wanted"."key", "found"."id" FROM unnest($2::text[]) AS "wanted"("key") ` +
  `CROSS JOIN LATERAL (SELECT "id" FROM "Figure" WHERE "datasetId" = $1 AND "key" = "wanted"."key") AS "found"`;

export async function postgresIdsOfKeys(client: PoolClient, datasetId: number, keys: readonly string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const found = await client.query<[string, number]>({ text: POSTGRES_IDS_OF_KEYS, values: [datasetId, keys], rowMode: "array" });
  return new Map(found.rows);
}

// Under the 999 parameters a query may bind on SQLite through Prisma.
const PER_QUERY = 500;

export async function idsOfKeys(tx: Tx, datasetId: number, keys: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (keys.length === 0) return ids;
  const raw = rawSqliteOf(tx);
  if (raw) {
    const lookup = raw.prepare('SELECT "id" FROM "Figure" WHERE "datasetId" = ? AND "key" = ?').pluck().safeIntegers(false);
    for (const key of keys) {
      const id = lookup.get(datasetId, key) as number | undefined;
      if (id !== undefined) ids.set(key, id);
    }
    return ids;
  }
  const copyClient = rawPostgresOf(tx);
  if (copyClient) return postgresIdsOfKeys(copyClient, datasetId, keys);
  for (let start = 0; start < keys.length; start += PER_QUERY) {
    const found = await tx.figure.findMany({ where: { datasetId, key: { in: keys.slice(start, start + PER_QUERY) } }, select: { id: true, key: true } });
    for (const { id, key } of found) ids.set(key, id);
  }
  return ids;
}
