import type { ImportRow } from "../row-schema";
import type { SeriesMarks } from "../row-warnings";
import type { FigureRows, KeyIndex, ParentLookup } from "./figure-rows";
import { openScratchDatabase } from "./scratch-db";

// A CSV import's valid rows in a scratch SQLite database (scratch-db.ts), on disk rather than in
// memory: a million rows held as objects took 1.2 GB (docs/performance.md, f). It is apart from the
// database imported into (SQLite or PostgreSQL), so refusing a file leaves that one untouched.

const PAGE_ROWS = 2_000;

export class StagedRows implements FigureRows {
  private readonly db = openScratchDatabase(`
    CREATE TABLE rows (n INTEGER PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE keys (key TEXT PRIMARY KEY, row INTEGER NOT NULL, digest INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE parents (key TEXT PRIMARY KEY, parent TEXT) WITHOUT ROWID;
    CREATE TABLE series (name TEXT PRIMARY KEY, year INTEGER, part INTEGER) WITHOUT ROWID
  `);
  private count = 0;
  private readonly changes: ((row: ImportRow) => void)[] = [];
  private readonly statements;
  readonly keys: KeyIndex;
  readonly parents: ParentLookup;

  constructor() {
    this.statements = {
      push: this.db.prepare("INSERT INTO rows (n, data) VALUES (?, ?)"),
      parent: this.db.prepare("INSERT OR REPLACE INTO parents (key, parent) VALUES (?, ?)"),
      addKey: this.db.prepare("INSERT OR IGNORE INTO keys (key, row, digest) VALUES (?, ?, ?)"),
      firstOf: this.db.prepare("SELECT row, digest FROM keys WHERE key = ?"),
      hasKey: this.db.prepare("SELECT 1 FROM keys WHERE key = ?").pluck(),
      parentOf: this.db.prepare("SELECT parent FROM parents WHERE key = ?").raw(),
      page: this.db.prepare("SELECT n, data FROM rows WHERE n > ? ORDER BY n LIMIT ?").raw(),
      keyPage: this.db.prepare("SELECT key FROM keys WHERE key > ? ORDER BY key LIMIT ?").pluck(),
      seriesGet: this.db.prepare("SELECT year, part FROM series WHERE name = ?"),
      seriesSet: this.db.prepare("INSERT OR REPLACE INTO series (name, year, part) VALUES (?, ?, ?)"),
      linkPage: this.db.prepare("SELECT key, parent FROM parents WHERE key > ? AND parent IS NOT NULL ORDER BY key LIMIT ?").raw(),
    };
    const { hasKey, parentOf, keyPage } = this.statements;
    this.keys = {
      has: (key) => hasKey.get(key) !== undefined,
      [Symbol.iterator]: () => pages<string>((after, limit) => keyPage.all(after ?? "", limit) as string[], (key) => key)[Symbol.iterator](),
    };
    this.parents = {
      has: (key) => parentOf.get(key) !== undefined,
      get: (key) => (parentOf.get(key) as [string | null] | undefined)?.[0],
    };
  }

  /** What each series has shown so far, for the warnings (row-warnings.ts). */
  readonly seriesMarks: SeriesMarks = {
    get: (name) => {
      const found = this.statements.seriesGet.get(name) as { year: number | null; part: number | null } | undefined;
      return found && { ...(found.year === null ? {} : { year: found.year }), ...(found.part === null ? {} : { part: found.part }) };
    },
    set: (name, seen) => {
      this.statements.seriesSet.run(name, seen.year ?? null, seen.part ?? null);
    },
  };

  get length(): number {
    return this.count;
  }

  push(row: ImportRow): void {
    this.count += 1;
    this.statements.push.run(this.count, JSON.stringify(row));
    this.statements.parent.run(row.entry.key, row.entry.parent);
  }

  firstOf(key: string, row: number, digest: number): { row: number; digest: number } | null {
    if (this.statements.addKey.run(key, row, digest).changes === 1) return null;
    return this.statements.firstOf.get(key) as { row: number; digest: number };
  }

  amend(change: (row: ImportRow) => void): void {
    this.changes.push(change);
  }

  *chunks(size: number): Iterable<ImportRow[]> {
    let after = 0;
    for (;;) {
      const page = this.statements.page.all(after, size) as [number, string][];
      if (page.length === 0) return;
      after = page[page.length - 1]![0];
      yield page.map(([, data]) => this.read(data));
    }
  }

  *[Symbol.iterator](): Iterator<ImportRow> {
    for (const chunk of this.chunks(PAGE_ROWS)) yield* chunk;
  }

  *parentLinks(size: number): Iterable<[string, string][]> {
    let after = "";
    for (;;) {
      const page = this.statements.linkPage.all(after, size) as [string, string][];
      if (page.length === 0) return;
      after = page[page.length - 1]![0];
      yield page;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private read(data: string): ImportRow {
    const row = JSON.parse(data) as ImportRow;
    for (const change of this.changes) change(row);
    return row;
  }
}

/** Every item of a keyed table, read a page at a time after the last key seen. */
function* pages<T>(page: (after: string | null, limit: number) => T[], keyOf: (item: T) => string): Iterable<T> {
  let after: string | null = null;
  for (;;) {
    const items = page(after, PAGE_ROWS);
    if (items.length === 0) return;
    after = keyOf(items[items.length - 1]!);
    yield* items;
  }
}
