import Database from "better-sqlite3";

// An import's scratch SQLite database: its file's rows (staged-rows.ts) and the dataset's stored
// figures (stored-figures.ts, stored-keys.ts). SQLite makes an unnamed database a private file that
// is deleted when it is closed (or its process dies), so nothing is left behind whatever happens to
// the import. Nothing in it needs to be durable: no journal, no syncing, and one transaction open
// for its whole life, so its writes are as fast as SQLite goes.

// A small cache: a scratch file is read in order, and a lookup that misses the cache is served by
// the operating system's file cache, outside the process.
const SCRATCH_CACHE_KB = 4 * 1024;

/** A private scratch database with `schema` created and its one transaction begun. */
export function openScratchDatabase(schema: string): Database.Database {
  const db = new Database("");
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma(`cache_size = -${SCRATCH_CACHE_KB}`);
  db.exec(`${schema}; BEGIN;`);
  return db;
}
