import type { Prisma } from "@/generated/prisma/client";
import type { FigureSort, FigureSortKey } from "@/lib/schemas/api/figures-query";
import type { FigureRow } from "./figure-dto";

// How each `sort` key orders figures, and the keyset condition "comes after this row" for the
// same order. Both are built from one description per column so they cannot disagree.
//
// Order: the sort columns, then id ascending as the tie-break, so that every order is total and
// pages never overlap or skip. NULLs (no actor, no period) come first ascending and last
// descending, which is SQLite's own order for the relation columns too.

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
    orderBy: (dir) =>
      (nullable ? { [field]: { sort: dir, nulls: dir === "asc" ? "first" : "last" } } : { [field]: dir }) as Prisma.FigureOrderByWithRelationInput,
    valueOf: (row) => row[field],
    equals: (value) => ({ [field]: value }) as Where,
    after: (value, dir) => {
      if (value === null) return dir === "asc" ? ({ [field]: { not: null } } as Where) : null;
      if (dir === "asc") return { [field]: { gt: value } } as Where;
      const below = { [field]: { lt: value } } as Where;
      return nullable ? { OR: [below, { [field]: null } as Where] } : below;
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
      if (value === null) return dir === "asc" ? ({ [foreignKey]: { not: null } } as Where) : null;
      if (dir === "asc") return matching({ gt: value });
      return nullable ? { OR: [matching({ lt: value }), { [foreignKey]: null } as Where] } : matching({ lt: value });
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

/** The id runs in the requested direction only when it is the sort column itself. */
const idDirection = (sort: FigureSort): Dir => (sort === "-id" ? "desc" : "asc");

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
