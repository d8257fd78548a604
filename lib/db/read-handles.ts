import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import Cursor from "pg-cursor";
import { to as copyTo } from "pg-copy-streams";
import { databaseEnv } from "@/lib/env";

// The raw driver handles for the hot reads, next to the one Prisma client (lib/db.ts), on the same
// database (lib/env.ts databaseEnv). Prisma still decides WHICH rows (its where, order, skip and
// take, one definition for both databases); these handles READ them: at a million figures Prisma's
// per-row result handling (tens of microseconds a row) was most of an API request and of a CSV
// export (docs/performance.md, a and c).
// - SQLite: one read-only better-sqlite3 connection per database file, shared by every request.
//   The file is in WAL mode (set once by scripts/db-setup.ts, persistent), so this reader never
//   blocks Prisma's writer nor waits for it; each statement sees one committed snapshot. Statements
//   are prepared once and cached. better-sqlite3 is synchronous: a statement runs to its end before
//   any other code, so one connection serves every request without interleaving.
// - PostgreSQL: a node-postgres Pool of its own (DATABASE_POOL_SIZE connections, like Prisma's),
//   answering rows as arrays.
// Reads only: every write goes through Prisma (lib/import, lib/data/*/correct.ts).

const BUSY_TIMEOUT_MS = 10_000;
// The same page cache as Prisma's connection (lib/db/sqlite-safe-adapter.ts).
const CACHE_KB = 32 * 1024;
const STREAM_CACHE_KB = 2 * 1024;
const DEFAULT_POOL_SIZE = 10;

// Integers come back as numbers (better-sqlite3 without safeIntegers; node-postgres parses int4).
export type RawValue = string | number | boolean | null;
export type RawRow = RawValue[];

interface SqliteHandle {
  file: string;
  db: Database.Database;
  statements: Map<string, Database.Statement>;
}

const handles = globalThis as unknown as { aidflowReadSqlite?: SqliteHandle; aidflowReadPool?: { url: string; pool: pg.Pool } };

function sqliteHandle(file: string): SqliteHandle {
  const open = handles.aidflowReadSqlite;
  // Tests and scripts may point the process at another file: a handle follows databaseEnv().
  if (open?.file === file) return open;
  open?.db.close();
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma(`cache_size = -${CACHE_KB}`);
  const handle = { file, db, statements: new Map<string, Database.Statement>() };
  handles.aidflowReadSqlite = handle;
  return handle;
}

function pool(url: string): pg.Pool {
  const open = handles.aidflowReadPool;
  if (open?.url === url) return open.pool;
  void open?.pool.end();
  const created = new pg.Pool({ connectionString: url, max: databaseEnv().poolSize ?? DEFAULT_POOL_SIZE });
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  created.on("error", (error) => console.error("[db] read pool:", error.message));
  handles.aidflowReadPool = { url, pool: created };
  return created;
}

/** A statement written once for each database: `?` placeholders on SQLite, `$1…` on PostgreSQL. */
export interface DialectSql {
  sqlite: string;
  postgresql: string;
}

// Statement texts vary with the filters (an IN list's length), so the cache is bounded: the least
// recently used statement goes first.
const MAX_STATEMENTS = 500;

function sqliteStatement(sql: string): Database.Statement {
  const { statements, db } = sqliteHandle(databaseEnv().file);
  let statement = statements.get(sql);
  if (statement) statements.delete(sql);
  else statement = db.prepare(sql).raw(true);
  statements.set(sql, statement);
  if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
  return statement;
}

// PostgreSQL: a fixed statement gets a name, so that every connection of the pool parses and plans
// it once (as better-sqlite3's prepared statements are). Statements built from filters stay
// unnamed: a name is kept by every connection for its life.
const statementNames = new Map<string, string>();
const nameOf = (text: string) => {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `aidflow_read_${statementNames.size + 1}`));
  return name;
};

interface ReadOptions {
  /** The parameters on PostgreSQL when they differ (an int[] where SQLite takes JSON text). */
  pgParams?: readonly unknown[];
  /** The statement's text is one of a fixed few: prepare it once per PostgreSQL connection. */
  fixed?: boolean;
}

/** Every row of a read statement, as arrays in the order of its select list. */
export async function readRows(sql: DialectSql, params: readonly RawValue[], { pgParams = params, fixed = false }: ReadOptions = {}): Promise<RawRow[]> {
  const url = databaseEnv().postgresUrl;
  if (url === null) return sqliteStatement(sql.sqlite).all(...params) as RawRow[];
  const name = fixed ? nameOf(sql.postgresql) : undefined;
  const result = await pool(url).query<RawRow>({ name, text: sql.postgresql, values: [...pgParams], rowMode: "array" });
  return result.rows;
}

async function* sqliteRowStream(file: string, sql: string, params: readonly RawValue[], batchSize: number): AsyncGenerator<RawRow[]> {
  // A connection of its own: an open statement holds its connection's read snapshot, which the
  // shared one must not keep for the length of a download. A small page cache: one pass in order
  // re-reads few pages (the joined sources, actors and datasets), and better-sqlite3's default
  // (16 MB) filled up during every export and stayed for the connection's life, a third of what an
  // export added to the server's memory (docs/performance.md, c).
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma(`cache_size = -${STREAM_CACHE_KB}`);
  try {
    const rows = db.prepare(sql).raw(true).iterate(...params) as IterableIterator<RawRow>;
    try {
      for (;;) {
        const batch: RawRow[] = [];
        while (batch.length < batchSize) {
          const next = rows.next();
          if (next.done) break;
          batch.push(next.value);
        }
        if (batch.length > 0) yield batch;
        if (batch.length < batchSize) return;
      }
    } finally {
      rows.return?.();
    }
  } finally {
    db.close();
  }
}

async function* postgresRowStream(url: string, sql: string, params: readonly unknown[], batchSize: number): AsyncGenerator<RawRow[]> {
  // A server-side cursor on a connection of the pool, held for the length of the download.
  const client = await pool(url).connect();
  const cursor = client.query(new Cursor<RawRow>(sql, [...params], { rowMode: "array" }));
  // The next batch is asked for before this one is handed on, so that PostgreSQL reads and sends it
  // while this process writes the current one: the two run on different cores instead of taking
  // turns. At most two batches are held.
  let next: Promise<RawRow[]> = cursor.read(batchSize);
  try {
    for (;;) {
      const batch = await next;
      if (batch.length === 0) return;
      next = batch.length < batchSize ? Promise.resolve([]) : cursor.read(batchSize);
      yield batch;
    }
  } finally {
    // A read still under way when the consumer stops ends with the cursor; its outcome is not needed.
    next.catch(() => undefined);
    await cursor.close().catch(() => undefined);
    client.release();
  }
}

/**
 * Every row of a read statement in batches of up to `batchSize`, each read only when the consumer
 * asks for it: one snapshot of the data from the first row to the last, and memory that does not
 * grow with the number of rows (better-sqlite3's iterator, or a PostgreSQL cursor).
 */
export function streamRows(sql: DialectSql, params: readonly RawValue[], batchSize: number): AsyncGenerator<RawRow[]> {
  const { postgresUrl: url, file } = databaseEnv();
  return url === null ? sqliteRowStream(file, sql.sqlite, params, batchSize) : postgresRowStream(url, sql.postgresql, params, batchSize);
}

/**
 * The bytes of a `COPY … TO STDOUT` statement on PostgreSQL (pg-copy-streams), chunk by chunk as
 * the consumer asks (the stream stops reading the socket while it is not read): one statement, so
 * one snapshot. Floating point is written in its shortest exact digits whatever the server's default.
 */
export async function* copyOutChunks(url: string, sql: string): AsyncGenerator<Uint8Array> {
  const client = await pool(url).connect();
  let finished = false;
  try {
    await client.query("SET extra_float_digits = 1");
    const stream = client.query(copyTo(sql));
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
      finished = true;
    } finally {
      if (!finished) stream.destroy();
    }
  } finally {
    // A COPY left half-read leaves its connection mid-protocol: that one is closed, not reused.
    client.release(finished ? undefined : true);
  }
}
