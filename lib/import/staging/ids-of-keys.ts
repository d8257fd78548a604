import { rawSqliteOf } from "@/lib/db/raw-sqlite";
import type { Tx } from "@/lib/db/tx";

// The ids of a dataset's figures by key, for a part of an import at a time: on the import's own
// SQLite connection a prepared lookup on the (datasetId, key) index, elsewhere through Prisma.

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
  for (let start = 0; start < keys.length; start += PER_QUERY) {
    const found = await tx.figure.findMany({ where: { datasetId, key: { in: keys.slice(start, start + PER_QUERY) } }, select: { id: true, key: true } });
    for (const { id, key } of found) ids.set(key, id);
  }
  return ids;
}
