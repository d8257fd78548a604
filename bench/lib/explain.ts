import Database from "better-sqlite3";
import pg from "pg";
import type { LoggedQuery } from "./query-log";

// The query plan of a statement Prisma sent, from the database itself: EXPLAIN QUERY PLAN on SQLite
// (which index each table is read through, and whether a temporary B-tree sorts the rows), EXPLAIN
// on PostgreSQL. Only plans the statement; nothing is run.

export interface Explainer {
  explain: (query: LoggedQuery) => Promise<string[]>;
  close: () => Promise<void>;
}

const sqliteArg = (value: unknown) => (typeof value === "boolean" ? (value ? 1 : 0) : value instanceof Date ? value.toISOString() : value);

export function sqliteExplainer(file: string): Explainer {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return {
    explain: async ({ sql, args }) => {
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args.map(sqliteArg)) as { id: number; parent: number; detail: string }[];
      // Indent each step under its parent, as the sqlite3 shell does.
      const depth = new Map<number, number>([[0, 0]]);
      return rows.map((row) => {
        const level = (depth.get(row.parent) ?? 0) + 1;
        depth.set(row.id, level);
        return `${"  ".repeat(level - 1)}${row.detail}`;
      });
    },
    close: async () => {
      db.close();
    },
  };
}

export async function postgresExplainer(url: string): Promise<Explainer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    explain: async ({ sql, args }) => {
      const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (COSTS OFF) ${sql}`, args);
      return result.rows.map((row) => row["QUERY PLAN"]);
    },
    close: () => client.end(),
  };
}
