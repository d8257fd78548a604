import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dialect } from "@/lib/db";
import type { FigureSort, FigureSortKey } from "@/lib/schemas/api/figures-query";
import type { FigureRow } from "./dto";

// How each `sort` key orders figures, and the keyset condition "comes after this row" for the
// same order. Both are built from one description per column so they cannot disagree.
//
// Order: the sort columns, then id as the tie-break, running the way the sort runs (ascending for
// "label", descending for "-label"), so that every order is total, pages never overlap or skip, and
// a descending order is exactly its ascending order read backwards, from the same index. A missing value (no period, no actor) sorts where the database
// itself puts NULLs, so that its indexes serve the order: first ascending and last descending on
// SQLite, last ascending and first descending on PostgreSQL (whose B-tree indexes keep NULLs last;
// asking it for SQLite's order would sort a million rows instead of reading an index, and Prisma
// cannot change it for a joined column anyway). The keyset conditions follow the same rule.

type Dir = "asc" | "desc";
export type SortValue = string | number | null;
type Where = Prisma.FigureWhereInput;

interface SortPart {
  /** The direction this part runs in, given the requested one. */
  dir: (requested: Dir) => Dir;
  nullable: boolean;
  type: "string" | "number";
  orderBy: (dir: Dir) => Prisma.FigureOrderByWithRelationInput;
  valueOf: (row: FigureRow) => SortValue;
  /** Rows whose value equals `value`. */
  equals: (value: SortValue) => Where;
  /** Rows whose value comes strictly after `value` in `dir`, or null when none can. */
  after: (value: SortValue, dir: Dir) => Where | null;
}

const asRequested = (dir: Dir) => dir;

/** Whether the database puts NULLs first in ascending order. */
const nullsFirstAscending = dialect === "sqlite";
/** Whether NULLs come first when reading in `dir`. */
const nullsFirstIn = (dir: Dir) => nullsFirstAscending === (dir === "asc");

// The dynamic keys below are checked by the FigureRow field names they read from; Prisma's input
// types cannot express "some column", hence the casts to Where.
function scalar(
  field: "key" | "label" | "category" | "kind" | "unit" | "qualifier" | "value" | "periodStart" | "periodEnd",
  options: { nullable?: boolean; type?: "string" | "number"; dir?: (requested: Dir) => Dir } = {},
): SortPart {
  const nullable = options.nullable ?? false;
  return {
    dir: options.dir ?? asRequested,
    nullable,
    type: options.type ?? "string",
    // No explicit NULLS FIRST/LAST: SQLite has no index for Prisma's emulation of it (an ORDER BY
    // CASE), and the database's own placement is the documented one (see the header).
    orderBy: (dir) => ({ [field]: dir }) as Prisma.FigureOrderByWithRelationInput,
    valueOf: (row) => row[field],
    equals: (value) => ({ [field]: value }) as Where,
    after: (value, dir) => {
      if (value === null) return nullsFirstIn(dir) ? ({ [field]: { not: null } } as Where) : null;
      const beyond = { [field]: dir === "asc" ? { gt: value } : { lt: value } } as Where;
      return nullable && !nullsFirstIn(dir) ? { OR: [beyond, { [field]: null } as Where] } : beyond;
    },
  };
}

function relation(
  rel: "fromActor" | "toActor" | "dataset",
  foreignKey: "fromActorId" | "toActorId" | "datasetId",
  field: "code" | "slug",
  valueOf: (row: FigureRow) => string | null,
): SortPart {
  const nullable = foreignKey !== "datasetId";
  const matching = (condition: unknown) => ({ [rel]: { is: { [field]: condition } } }) as Where;
  return {
    dir: asRequested,
    nullable,
    type: "string",
    orderBy: (dir) => ({ [rel]: { [field]: dir } }) as Prisma.FigureOrderByWithRelationInput,
    valueOf,
    equals: (value) => (value === null ? ({ [foreignKey]: null } as Where) : matching(value)),
    after: (value, dir) => {
      if (value === null) return nullsFirstIn(dir) ? ({ [foreignKey]: { not: null } } as Where) : null;
      const beyond = matching(dir === "asc" ? { gt: value } : { lt: value });
      return nullable && !nullsFirstIn(dir) ? { OR: [beyond, { [foreignKey]: null } as Where] } : beyond;
    },
  };
}

const SORT_PARTS: Record<FigureSortKey, SortPart[]> = {
  id: [],
  key: [scalar("key")],
  label: [scalar("label")],
  category: [scalar("category")],
  kind: [scalar("kind")],
  from: [relation("fromActor", "fromActorId", "code", (row) => row.fromActor?.code ?? null)],
  to: [relation("toActor", "toActorId", "code", (row) => row.toActor?.code ?? null)],
  // Values in different units are not comparable: group by unit (always A to Z), then the value.
  value: [scalar("unit", { dir: () => "asc" }), scalar("value", { type: "number" })],
  unit: [scalar("unit")],
  qualifier: [scalar("qualifier")],
  period_start: [scalar("periodStart", { nullable: true })],
  period_end: [scalar("periodEnd", { nullable: true })],
  dataset: [relation("dataset", "datasetId", "slug", (row) => row.dataset.slug)],
};

function parse(sort: FigureSort): { parts: SortPart[]; dir: Dir } {
  const dir: Dir = sort.startsWith("-") ? "desc" : "asc";
  const key = (dir === "desc" ? sort.slice(1) : sort) as FigureSortKey;
  return { parts: SORT_PARTS[key], dir };
}

/** The id tie-break runs in the requested direction. */
const idDirection = (sort: FigureSort): Dir => parse(sort).dir;

export function figureOrderBy(sort: FigureSort): Prisma.FigureOrderByWithRelationInput[] {
  const { parts, dir } = parse(sort);
  return [...parts.map((part) => part.orderBy(part.dir(dir))), { id: idDirection(sort) }];
}

export function sortValuesOf(sort: FigureSort, row: FigureRow): SortValue[] {
  return parse(sort).parts.map((part) => part.valueOf(row));
}

/** The types a cursor's values must have for `sort`, to reject a cursor that was edited. */
export function sortValueTypes(sort: FigureSort): { type: "string" | "number"; nullable: boolean }[] {
  return parse(sort).parts.map(({ type, nullable }) => ({ type, nullable }));
}

/** Rows strictly after (values, id) in the order of `sort`: the keyset condition for a cursor. */
export function figuresAfter(sort: FigureSort, values: SortValue[], id: number): Where {
  const { parts, dir } = parse(sort);
  const branches: Where[] = [];
  const equalSoFar: Where[] = [];
  parts.forEach((part, index) => {
    const value = values[index] ?? null;
    const after = part.after(value, part.dir(dir));
    if (after) branches.push({ AND: [...equalSoFar, after] });
    equalSoFar.push(part.equals(value));
  });
  branches.push({ AND: [...equalSoFar, { id: idDirection(sort) === "asc" ? { gt: id } : { lt: id } }] });
  return { OR: branches };
}

type OrderBy = Prisma.FigureOrderByWithRelationInput;
const flip = (dir: Dir): Dir => (dir === "asc" ? "desc" : "asc");

/**
 * The same order run backwards: every direction turned round, and NULLs with it (the database puts
 * them at the other end when the direction turns). Reading a page from the end of a long list this
 * way avoids a long offset.
 */
export function reverseOrderBy(orderBy: OrderBy[]): OrderBy[] {
  const reverse = (value: unknown): unknown => {
    if (value === "asc" || value === "desc") return flip(value);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, reverse(inner)]));
    return value;
  };
  return orderBy.map((part) => reverse(part) as OrderBy);
}
