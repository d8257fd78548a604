import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { createTempDb, type TempDb } from "@/tests/helpers/temp-db";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";

// The seed must be idempotent: a second run writes nothing and leaves every row as it was.
async function snapshot(db: TempDb) {
  const { prisma } = db;
  return {
    datasets: await prisma.dataset.findMany({ orderBy: { id: "asc" } }),
    sources: await prisma.source.findMany({ orderBy: { id: "asc" } }),
    actors: await prisma.actor.findMany({ orderBy: { id: "asc" } }),
    phases: await prisma.phase.findMany({ orderBy: { id: "asc" } }),
    figures: await prisma.figure.findMany({ orderBy: { id: "asc" } }),
    events: await prisma.event.findMany({ orderBy: { id: "asc" }, include: { actors: true } }),
    rates: await prisma.conversionRate.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("seed", () => {
  let db: TempDb;
  beforeEach(async () => {
    db = await createTempDb();
  });
  afterEach(async () => {
    await db.cleanup();
  });

  it("loads every figure and event of the data file", async () => {
    const writes = await seed(db.prisma, () => {});
    const file = loadDatasetFile(DATASET_FILES[0]!);
    expect(writes).toBeGreaterThan(0);
    expect(await db.prisma.figure.count()).toBe(file.figures.length);
    expect(await db.prisma.event.count()).toBe(file.events.length);
    const withParent = file.figures.filter((figure) => figure.parent !== null).length;
    expect(await db.prisma.figure.count({ where: { parentId: { not: null } } })).toBe(withParent);
  });

  it("changes nothing when run twice", async () => {
    await seed(db.prisma, () => {});
    const before = await snapshot(db);
    const writes = await seed(db.prisma, () => {});
    const after = await snapshot(db);
    expect(writes).toBe(0);
    expect(after).toEqual(before);
  });
});
