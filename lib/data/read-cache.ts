import "server-only";
import { readRows } from "@/lib/db/read-handles";

// Reads that are expensive on a big dataset and change only when the data does: the totals of the
// explore page and the API (a COUNT over up to millions of rows), the filter facets (GROUP BYs over
// every figure), the dataset counts and the overview's shaped charts. Each is kept in memory,
// keyed by what it depends on AND by the data stamp: every dataset's id and version, read from
// the database on each use (one tiny query, shared by the reads of one moment).
//
// Why the stamp is enough: every change to a dataset's figures bumps its version in the same
// transaction (imports and corrections, lib/data/datasets/bump-version.ts), so the stamp a reader sees and
// the rows it sees always belong together, on this instance and on every other one behind the same
// database. The seed is the exception by design: it applies a reviewed file and never moves the
// version backwards, so a re-seed that changes figures without a new version in the file needs an
// app restart (docs/deployment.md).
//
// Values are shared between requests: callers must treat them as read-only.

export type Stamp = string;

const STAMP_SQL = { sqlite: 'SELECT "id", "version" FROM "Dataset" ORDER BY "id"', postgresql: 'SELECT "id", "version" FROM "Dataset" ORDER BY "id"' };

let stampInFlight: Promise<Stamp> | null = null;

/** The current data stamp; concurrent callers share one query. */
export function dataStamp(): Promise<Stamp> {
  if (stampInFlight) return stampInFlight;
  // A plain statement through the driver (lib/db/read-handles.ts): the stamp is read on every
  // request, and even Prisma's raw query costs several times the statement itself.
  const pending = readRows(STAMP_SQL, [], { fixed: true })
    .then((rows) => rows.map(([id, version]) => `${id}:${version}`).join(","))
    .finally(() => {
      stampInFlight = null;
    });
  stampInFlight = pending;
  return pending;
}

interface Entry<V> {
  stamp: Stamp;
  value: Promise<V>;
}

const caches: VersionedCache<unknown>[] = [];

/** A bounded map (least recently used first out) of values valid for one data stamp. */
export class VersionedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly maxEntries: number) {
    caches.push(this as VersionedCache<unknown>);
  }

  /** The value for `key` at the current stamp, or at `stamp` when the caller has read it already. */
  async get(key: string, compute: () => Promise<V>, stamp?: Stamp): Promise<V> {
    stamp ??= await dataStamp();
    const found = this.entries.get(key);
    if (found && found.stamp === stamp) {
      // Re-inserted so the map's order stays least recently used first.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    // The promise is stored at once, so concurrent misses compute once. The stamp is the one read
    // before computing: if the data changes meanwhile, the next reader sees a new stamp and
    // computes again.
    const value = compute();
    const entry: Entry<V> = { stamp, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Empties every cache (tests and the benchmark, to measure a first visit). */
export function resetReadCaches(): void {
  for (const cache of caches) cache.clear();
}
