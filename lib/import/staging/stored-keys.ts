import type { ParentLookup } from "./figure-rows";
import { openScratchDatabase } from "./scratch-db";

// What a CSV import's checks need of the figures a dataset already has: whether a key is stored,
// its parent's key (a parent may be stored, and a cycle may run through stored figures), and its
// value (a value that jumps a thousandfold is warned about). A stored dataset may hold a million
// figures, so they are kept in a scratch SQLite file, as the file's rows are (staged-rows.ts),
// never in Maps that grow with it.

export interface StoredFigureRow {
  id: number;
  key: string;
  parentId: number | null;
  value: number;
}

export class StoredFigureKeys {
  private readonly db = openScratchDatabase("CREATE TABLE stored (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, parentId INTEGER, value REAL NOT NULL)");
  private readonly statements;
  readonly parents: ParentLookup;
  readonly values: { get(key: string): number | undefined };

  constructor() {
    this.statements = {
      add: this.db.prepare("INSERT INTO stored (id, key, parentId, value) VALUES (?, ?, ?, ?)"),
      parentOf: this.db.prepare("SELECT parent.key FROM stored AS child LEFT JOIN stored AS parent ON parent.id = child.parentId WHERE child.key = ?").raw(),
      valueOf: this.db.prepare("SELECT value FROM stored WHERE key = ?").pluck(),
    };
    const { parentOf, valueOf } = this.statements;
    this.parents = {
      has: (key) => parentOf.get(key) !== undefined,
      get: (key) => (parentOf.get(key) as [string | null] | undefined)?.[0],
    };
    this.values = { get: (key) => valueOf.get(key) as number | undefined };
  }

  add(rows: readonly StoredFigureRow[]): void {
    for (const { id, key, parentId, value } of rows) this.statements.add.run(id, key, parentId, value);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
