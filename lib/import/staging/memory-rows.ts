import type { ImportRow } from "../row-schema";
import type { FigureRows, ParentLookup } from "./figure-rows";

// The rows of a small table (a data package's figures), kept in memory as they always were.

export class MemoryRows implements FigureRows {
  readonly rows: ImportRow[] = [];
  private readonly first = new Map<string, { row: number; digest: number }>();
  private parentMap: Map<string, string | null> | null = null;

  get length(): number {
    return this.rows.length;
  }

  get keys(): Set<string> {
    return new Set(this.first.keys());
  }

  get parents(): ParentLookup {
    this.parentMap ??= new Map(this.rows.map(({ entry }) => [entry.key, entry.parent]));
    return this.parentMap;
  }

  push(row: ImportRow): void {
    this.rows.push(row);
    this.parentMap = null;
  }

  firstOf(key: string, row: number, digest: number): { row: number; digest: number } | null {
    const first = this.first.get(key);
    if (first) return first;
    this.first.set(key, { row, digest });
    return null;
  }

  *chunks(size: number): Iterable<ImportRow[]> {
    for (let start = 0; start < this.rows.length; start += size) yield this.rows.slice(start, start + size);
  }

  *parentLinks(size: number): Iterable<[string, string][]> {
    let batch: [string, string][] = [];
    for (const { entry } of this.rows) {
      if (entry.parent === null) continue;
      batch.push([entry.key, entry.parent]);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  amend(change: (row: ImportRow) => void): void {
    for (const row of this.rows) change(row);
  }

  [Symbol.iterator](): Iterator<ImportRow> {
    return this.rows[Symbol.iterator]();
  }

  close(): void {}
}
