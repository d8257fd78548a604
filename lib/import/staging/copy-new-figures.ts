import type { PoolClient } from "pg";
import { copyRows } from "@/lib/db/copy-rows";
import { postgresIdsOfKeys } from "./ids-of-keys";
import type { NewFigure } from "./insert-new-figures";

// The new figures of one part of a PostgreSQL import, in one COPY on the transaction's connection
// (lib/db/raw-postgres.ts). Their ids are taken from Figure's own sequence before the COPY, in one
// query, so that no lookup by key has to follow to learn them; and a figure whose parent is known
// by then (stored, earlier in the file, or anywhere in this part) is copied with its parentId. At a
// million rows, reading every new id back by key and then linking each component with an UPDATE
// (which on PostgreSQL writes a new version of the row and an entry in each of Figure's indexes)
// cost more than the COPY itself. A parent later in the file is linked afterwards (linkParents).

const RESERVE_IDS = `SELECT nextval(pg_get_serial_sequence('"Figure"', 'id'))::integer AS "id" FROM generate_series(1, $1::integer)`;
// A PostgreSQL COPY checks a foreign key at the end of the statement, so a parent later in the same
// COPY is fine. One in a later COPY is found here: the new figures whose parent is not yet theirs,
// child and parent each looked up by key through the (datasetId, key) index (LATERAL, as in
// ids-of-keys.ts, so that no plan can walk the whole dataset instead).
const UNLINKED =
  `SELECT "child"."id", "parent"."id" FROM unnest($2::text[], $3::text[]) AS "link"("key", "parent") ` +
  `CROSS JOIN LATERAL (SELECT "id", "parentId" FROM "Figure" WHERE "datasetId" = $1 AND "key" = "link"."key") AS "child" ` +
  `CROSS JOIN LATERAL (SELECT "id" FROM "Figure" WHERE "datasetId" = $1 AND "key" = "link"."parent") AS "parent" ` +
  `WHERE "child"."parentId" IS DISTINCT FROM "parent"."id"`;
// All of them in one statement: one round trip for a whole part, not one UPDATE per figure.
const LINK_UNLINKED = `UPDATE "Figure" SET "parentId" = "found"."parentId" FROM (${UNLINKED}) AS "found"("id", "parentId") WHERE "Figure"."id" = "found"."id"`;

/** Copies the figures in; returns each one's id by key. */
export async function copyNewFigures(client: PoolClient, datasetId: number, figures: readonly NewFigure[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (figures.length === 0) return ids;
  const reserved = await client.query<{ id: number }>(RESERVE_IDS, [figures.length]);
  figures.forEach((figure, index) => ids.set(figure.key, reserved.rows[index]!.id));
  const elsewhere = new Set(figures.flatMap(({ parent }) => (parent !== null && !ids.has(parent) ? [parent] : [])));
  const parentIds = await postgresIdsOfKeys(client, datasetId, [...elsewhere]);
  const rows = figures.map(({ key, parent, data }) => ({
    id: ids.get(key)!,
    ...data,
    parentId: parent === null ? null : (ids.get(parent) ?? parentIds.get(parent) ?? null),
  }));
  await copyRows(client, "Figure", Object.keys(rows[0]!), rows);
  return ids;
}

// PostgreSQL plans a statement by statistics that autovacuum gathers from committed rows only, so
// while an import adds a million figures the planner still sees the dataset as it was before: with
// no figures, "datasetId = $1" looks like one row, and a lookup by key scanned the whole dataset for
// every part (an import of a million rows spent minutes in them). ANALYZE inside the transaction
// counts its own new rows; run each time the import has doubled what it added, it costs a few
// seconds at a million rows. A user who does not own the table gets a warning, not an error.
const FIRST_ANALYZE = 10_000;

/** Call with each part's count of new figures; analyses Figure at 10,000 new rows, 20,000, 40,000… */
export function figureStatisticsKeeper(client: PoolClient): (added: number) => Promise<void> {
  let added = 0;
  let next = FIRST_ANALYZE;
  return async (count) => {
    added += count;
    if (added < next) return;
    next = added * 2;
    await client.query('ANALYZE "Figure"');
  };
}

/** Sets the parent of each new figure whose parent came later in the file (by id: no plan to go wrong). */
export async function linkParents(client: PoolClient, datasetId: number, links: readonly (readonly [key: string, parent: string])[]): Promise<void> {
  if (links.length === 0) return;
  await client.query(LINK_UNLINKED, [datasetId, links.map(([key]) => key), links.map(([, parent]) => parent)]);
}
