import type { ImportRow } from "../row-schema";

// Where a file's valid rows are kept between reading them and writing them, and what the checks
// that span rows look up in them: each key's first row, and each row's parent by key. A data
// package's figures stay in memory (memory-rows.ts); a CSV of figures, which may hold a million
// rows, goes to a scratch database on disk (staged-rows.ts), so that memory does not grow with the
// file.

/** The keys of a file: every key cell, or a plain table's derived keys. */
export interface KeyIndex extends Iterable<string> {
  has(key: string): boolean;
}

/** Each valid row's parent by its key (the last row of a repeated key wins, as in a Map). */
export interface ParentLookup {
  has(key: string): boolean;
  get(key: string): string | null | undefined;
}

export interface FigureRows extends Iterable<ImportRow> {
  readonly length: number;
  push(row: ImportRow): void;
  /** The first row (and its cells' digest) that used `key`; null when this is the first, which is then recorded. */
  firstOf(key: string, row: number, digest: number): { row: number; digest: number } | null;
  readonly keys: KeyIndex;
  readonly parents: ParentLookup;
  /** Rows in order, `size` at a time. */
  chunks(size: number): Iterable<ImportRow[]>;
  /** Applies `change` to every row (at once, or as each is read); it may not change a key or a parent. */
  amend(change: (row: ImportRow) => void): void;
  /** Every (key, parent) of a row with a parent, `size` at a time. */
  parentLinks(size: number): Iterable<[key: string, parent: string][]>;
  close(): void;
}
