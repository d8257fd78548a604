import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FigureFilters, FigureSortKey } from "@/lib/schemas/api/figures-query";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { readFigures, type PlainFigure } from "@/tests/helpers/figure-expectations";
import { testDialect, type TempDb } from "@/tests/helpers/temp-db";

// The list's ids are read through the driver with SQL translated from the Prisma where and order
// (lib/data/figures/ids-sql.ts). For every filter the list has and every order, in both overlap
// forms, by offset and by keyset, the translation must find exactly the ids Prisma finds.

const SORT_KEYS = Object.keys({
  id: 1, key: 1, label: 1, category: 1, kind: 1, from: 1, to: 1, value: 1, unit: 1, qualifier: 1, period_start: 1, period_end: 1, dataset: 1,
} satisfies Record<FigureSortKey, 1>) as FigureSortKey[];

let db: TempDb;
let figures: PlainFigure[];

beforeAll(async () => {
  db = await openSeededApiDb();
  figures = await readFigures(db.prisma);
}, 120_000);

afterAll(async () => {
  await closeSeededApiDb(db);
});

function filterSets(): FigureFilters[] {
  const withFlags = figures.find((f) => f.flags.length > 0)!;
  const child = figures.find((f) => f.parentId !== null)!;
  const money = figures.find((f) => f.from !== null && f.to !== null)!;
  return [
    {},
    { category: [money.category] },
    { category: [money.category, "credits_loans"], unit: [money.unit] },
    { qualifier: ["exact", "more_than"] },
    { from: [money.from!], to: [money.to!] },
    { from: [money.from!, "none"] },
    { to: ["none"] },
    { year_from: 1955, year_to: 1960 },
    { year_from: 1958 },
    { year_to: 1952 },
    { dataset: money.dataset, category: [money.category] },
    { q: "credit" },
    { q: "100%" },
    { parent: "none" },
    { parent: child.parentId! },
    { derived: true },
    { derived: false },
    { flag: withFlags.flags[0]! },
  ] as FigureFilters[];
}

describe("figure ids through the driver", () => {
  it("finds what Prisma finds, for every filter and order, by offset and by keyset", async () => {
    const { findFigureIds } = await import("@/lib/data/figures/ids");
    const { figureIdsSql } = await import("@/lib/data/figures/ids-sql");
    const { figureWhere } = await import("@/lib/data/figures/where");
    const { figureOrderBy, figuresAfter, sortValuesOf } = await import("@/lib/data/figures/sort");
    const { findFigureRows } = await import("@/lib/data/figures/rows");
    let translated = 0;
    for (const filters of filterSets())
      for (const overlapForm of ["index", "scan"] as const) {
        const where = await figureWhere(filters, { overlapForm });
        for (const key of SORT_KEYS)
          for (const sort of [key, `-${key}`] as const) {
            const orderBy = figureOrderBy(sort);
            const label = `${JSON.stringify(filters)} ${overlapForm} ${sort}`;
            for (const [skip, take] of [[0, 1000], [3, 5]] as const) {
              const prismaIds = (await db.prisma.figure.findMany({ where, orderBy, skip, take, select: { id: true } })).map((row) => row.id);
              expect(await findFigureIds({ where, orderBy, skip, take }), label).toEqual(prismaIds);
              if (figureIdsSql({ where, orderBy, skip, take }, testDialect())) translated += 1;
            }
            // The keyset after the third row, as the CSV batches and the cursors build it.
            const [, , third] = await findFigureRows({ where, orderBy, take: 3 });
            if (!third) continue;
            const after = { AND: [where, figuresAfter(sort, sortValuesOf(sort, third), third.id)] };
            const prismaIds = (await db.prisma.figure.findMany({ where: after, orderBy, take: 1000, select: { id: true } })).map((row) => row.id);
            expect(await findFigureIds({ where: after, orderBy, take: 1000 }), `${label} after ${third.id}`).toEqual(prismaIds);
          }
      }
    // The hot list (a filter and a scalar sort) goes through the driver, not back to Prisma.
    expect(figureIdsSql({ where: await figureWhere({ category: ["credits_loans"] }), orderBy: figureOrderBy("-value"), take: 101 }, testDialect())).not.toBeNull();
    expect(translated).toBeGreaterThan(500);
  }, 600_000);
});
