import type { Figure } from "@/generated/prisma/client";
import { openScratchDatabase } from "./scratch-db";

// The figures a dataset already has, as an import plans against them: looked up by key (is this
// row new, and what changes?) and by id (a stored figure's parent, named by key in the audit log).
// A dataset of a million figures held as objects would take gigabytes, so the CSV import keeps
// them in a scratch SQLite file of their own, as it keeps the file's rows (staged-rows.ts); the
// seed and data packages, which hold their whole file in memory anyway, keep them in a Map.

export interface StoredFigures {
  readonly size: number;
  has(key: string): boolean;
  get(key: string): Figure | undefined;
  keyOfId(id: number): string | undefined;
  /** Replace mode: the stored figures whose key `keep` lacks, in id order, a page at a time. */
  notIn(keep: { has(key: string): boolean }): Iterable<Figure[]>;
  close(): void;
}

/** Stored figures already read whole. */
export function storedFiguresInMemory(figures: readonly Figure[]): StoredFigures {
  const byKey = new Map(figures.map((figure) => [figure.key, figure]));
  const keyOf = new Map(figures.map((figure) => [figure.id, figure.key]));
  return {
    size: figures.length,
    has: (key) => byKey.has(key),
    get: (key) => byKey.get(key),
    keyOfId: (id) => keyOf.get(id),
    notIn: (keep) => [figures.filter((figure) => !keep.has(figure.key))],
    close: () => undefined,
  };
}

const PAGE = 2_000;

/** Stored figures in a private scratch file, deleted when closed (or when the process dies). */
export class ScratchStoredFigures implements StoredFigures {
  private readonly db = openScratchDatabase("CREATE TABLE stored (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, data TEXT NOT NULL)");
  private readonly statements;
  private count = 0;

  constructor() {
    this.statements = {
      add: this.db.prepare("INSERT INTO stored (id, key, data) VALUES (?, ?, ?)"),
      byKey: this.db.prepare("SELECT data FROM stored WHERE key = ?").pluck(),
      hasKey: this.db.prepare("SELECT 1 FROM stored WHERE key = ?").pluck(),
      keyOf: this.db.prepare("SELECT key FROM stored WHERE id = ?").pluck(),
      page: this.db.prepare("SELECT id, key, data FROM stored WHERE id > ? ORDER BY id LIMIT ?").raw(),
    };
  }

  get size(): number {
    return this.count;
  }

  add(figures: readonly Figure[]): void {
    for (const figure of figures) this.statements.add.run(figure.id, figure.key, JSON.stringify(figure));
    this.count += figures.length;
  }

  has(key: string): boolean {
    return this.statements.hasKey.get(key) !== undefined;
  }

  get(key: string): Figure | undefined {
    const data = this.statements.byKey.get(key) as string | undefined;
    return data === undefined ? undefined : (JSON.parse(data) as Figure);
  }

  keyOfId(id: number): string | undefined {
    return this.statements.keyOf.get(id) as string | undefined;
  }

  *notIn(keep: { has(key: string): boolean }): Iterable<Figure[]> {
    for (let after = 0; ; ) {
      const page = this.statements.page.all(after, PAGE) as [number, string, string][];
      if (page.length === 0) return;
      after = page[page.length - 1]![0];
      const gone = page.flatMap(([, key, data]) => (keep.has(key) ? [] : [JSON.parse(data) as Figure]));
      if (gone.length > 0) yield gone;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
