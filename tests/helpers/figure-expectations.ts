import type { PrismaClient } from "@/generated/prisma/client";
import { splitFlags } from "@/lib/db/flags";
import { testDialect } from "./temp-db";

// Figures as the tests see them, read straight from the database, and the API's documented order
// re-implemented in JS, so that expectations are computed from the data rather than written down.

export interface PlainFigure {
  id: number;
  key: string;
  label: string;
  category: string;
  kind: string;
  from: string | null;
  to: string | null;
  value: number;
  unit: string;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  yearStart: number | null;
  yearEnd: number | null;
  dataset: string;
  datasetId: number;
  parentId: number | null;
  derived: boolean;
  flags: string[];
  searchText: string;
}

export async function readFigures(prisma: PrismaClient): Promise<PlainFigure[]> {
  const rows = await prisma.figure.findMany({
    include: { fromActor: true, toActor: true, dataset: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    key: row.key,
    label: row.label,
    category: row.category,
    kind: row.kind,
    from: row.fromActor?.code ?? null,
    to: row.toActor?.code ?? null,
    value: row.value,
    unit: row.unit,
    qualifier: row.qualifier,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    yearStart: row.yearStart,
    yearEnd: row.yearEnd,
    dataset: row.dataset.slug,
    datasetId: row.datasetId,
    parentId: row.parentId,
    derived: row.derived,
    flags: splitFlags(row.flags),
    searchText: row.searchText,
  }));
}

type Value = string | number | null;

// Where a NULL sorts ascending: first on SQLite, last on PostgreSQL (lib/data/figures/sort.ts follows
// each database's own order so that its indexes serve the sort). Text compares by bytes on both:
// SQLite's BINARY collation, and the C collation the test server (and docs/deployment.md) uses.
const NULLS_FIRST = testDialect() === "sqlite";

/** The database's order: NULL first (SQLite) or last (PostgreSQL), text by bytes, numbers numerically. */
function compareAsc(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return NULLS_FIRST ? -1 : 1;
  if (b === null) return NULLS_FIRST ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
}

const COLUMNS: Record<string, { get: (f: PlainFigure) => Value; fixed?: "asc" }[]> = {
  id: [],
  key: [{ get: (f) => f.key }],
  label: [{ get: (f) => f.label }],
  category: [{ get: (f) => f.category }],
  kind: [{ get: (f) => f.kind }],
  from: [{ get: (f) => f.from }],
  to: [{ get: (f) => f.to }],
  value: [{ get: (f) => f.unit, fixed: "asc" }, { get: (f) => f.value }],
  unit: [{ get: (f) => f.unit }],
  qualifier: [{ get: (f) => f.qualifier }],
  period_start: [{ get: (f) => f.periodStart }],
  period_end: [{ get: (f) => f.periodEnd }],
  dataset: [{ get: (f) => f.dataset }],
};

/** The ids in the order the API promises for `sort`: columns, then id in the sort's direction. */
export function expectedOrder(figures: PlainFigure[], sort: string): number[] {
  const desc = sort.startsWith("-");
  const key = desc ? sort.slice(1) : sort;
  const parts = COLUMNS[key];
  if (!parts) throw new Error(`unknown sort ${sort}`);
  return [...figures]
    .sort((a, b) => {
      for (const part of parts) {
        const c = compareAsc(part.get(a), part.get(b));
        if (c !== 0) return desc && part.fixed !== "asc" ? -c : c;
      }
      // Ties break by id, in the sort's direction.
      return desc ? b.id - a.id : a.id - b.id;
    })
    .map((f) => f.id);
}

/** Does [yearStart, yearEnd] meet [from, to]? Figures without a period meet nothing. */
export function overlaps(f: PlainFigure, from: number | null, to: number | null): boolean {
  if (f.yearStart === null || f.yearEnd === null) return false;
  return (to === null || f.yearStart <= to) && (from === null || f.yearEnd >= from);
}
