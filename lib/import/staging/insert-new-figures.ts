import type BetterSqlite3 from "better-sqlite3";
import { sqlValue } from "@/lib/db/bulk-sql";

// The new figures of one part of an import, inserted on the import's own SQLite connection
// (lib/db/raw-sqlite.ts) with one prepared statement whose every run returns its row's id, so no
// lookup by key follows. A figure whose parent is already in the table (stored, or earlier in the
// file: a component usually follows its total) gets its parentId in the same INSERT: linking it
// afterwards would rewrite the row and move its entry in the parentId index, a random write into a
// table that at a million rows is far larger than the page cache. A parent that comes later in the
// file is linked once every figure has an id (write-staged.ts, linkForwardParents).

export interface NewFigure {
  key: string;
  parent: string | null;
  /** The figure's columns (plan.ts, addData). */
  data: object;
}

const INSERTS = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function insertStatement(raw: BetterSqlite3.Database, columns: readonly string[]): BetterSqlite3.Statement {
  const cached = INSERTS.get(raw) ?? new Map<string, BetterSqlite3.Statement>();
  INSERTS.set(raw, cached);
  const signature = columns.join(",");
  let statement = cached.get(signature);
  if (!statement) {
    // Column names are FigureColumns' own (plan.ts), never the file's.
    const names = [...columns, "parentId"].map((column) => `"${column}"`).join(", ");
    statement = raw.prepare(`INSERT INTO "Figure" (${names}) VALUES (${[...columns, "parentId"].map(() => "?").join(", ")})`);
    cached.set(signature, statement);
  }
  return statement;
}

/** The id of the dataset's figure with this key, if it is in the table. */
export function figureIdLookup(raw: BetterSqlite3.Database, datasetId: number): (key: string) => number | undefined {
  const lookup = raw.prepare('SELECT "id" FROM "Figure" WHERE "datasetId" = ? AND "key" = ?').pluck().safeIntegers(false);
  return (key) => lookup.get(datasetId, key) as number | undefined;
}

/** Inserts the figures in order; returns each one's id by key. */
export function insertNewFigures(raw: BetterSqlite3.Database, datasetId: number, figures: readonly NewFigure[]): Map<string, number> {
  const ids = new Map<string, number>();
  if (figures.length === 0) return ids;
  const columns = Object.keys(figures[0]!.data);
  const valueOf = (data: object, column: string) => sqlValue((data as Record<string, unknown>)[column], "sqlite");
  const insert = insertStatement(raw, columns);
  const idOf = figureIdLookup(raw, datasetId);
  for (const { key, parent, data } of figures) {
    const parentId = parent === null ? null : (ids.get(parent) ?? idOf(parent) ?? null);
    const values = columns.map((column) => valueOf(data, column));
    values.push(parentId);
    ids.set(key, Number(insert.run(values).lastInsertRowid));
  }
  return ids;
}
