import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { SECOND_DATASET, seedSecondDataset, type SeededDataset } from "@/tests/helpers/second-dataset";
import type { TempDb } from "@/tests/helpers/temp-db";

// A second dataset beside the bundled one: the home page's list, the default dataset of the old
// addresses, and each dataset's own overview, read through lib/data and lib/views as the pages do.

let db: TempDb;
let seeded: SeededDataset;
let bundledSlug: string;

beforeAll(async () => {
  db = await openSeededApiDb();
  bundledSlug = (await db.prisma.dataset.findFirstOrThrow({ orderBy: { id: "asc" } })).slug;
  seeded = await seedSecondDataset(db.prisma);
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("several datasets", () => {
  it("lists both with their period, actors, counts and last update", async () => {
    const { listDatasetSummaries } = await import("@/lib/data/datasets/summaries");
    const summaries = await listDatasetSummaries();
    expect(summaries.map((summary) => summary.slug).sort()).toEqual([bundledSlug, SECOND_DATASET.slug].sort());
    const second = summaries.find((summary) => summary.slug === SECOND_DATASET.slug)!;
    expect(second.years).toEqual({ from: 1948, to: 1952 });
    expect(second.actors.map((actor) => actor.code).sort()).toEqual([SECOND_DATASET.giver.code, ...SECOND_DATASET.receivers.map((actor) => actor.code)].sort());
    expect(second.counts).toMatchObject({ figures: seeded.figureCount, events: 0, sources: 1 });
    expect(second.lastUpdated).toBe("2026-01-15");
    const bundled = summaries.find((summary) => summary.slug === bundledSlug)!;
    expect(bundled.actors.map((actor) => actor.code)).toEqual(expect.arrayContaining(["USSR", "PRC"]));
  });

  it("keeps the first dataset loaded as the default of the addresses without a slug", async () => {
    const { getDefaultDatasetSlug } = await import("@/lib/data/datasets/default");
    expect(await getDefaultDatasetSlug()).toBe(bundledSlug);
  });

  it("gives the second dataset an overview of its own: one giver, six receivers, one direction", async () => {
    const { loadOverview } = await import("@/lib/views/overview");
    const loaded = (await loadOverview(SECOND_DATASET.slug, {}))!;
    expect(loaded.data.dataset.title).toBe(SECOND_DATASET.title);
    expect(loaded.data.figures).toHaveLength(seeded.figureCount);
    const { view } = loaded;
    expect(view.sides).toMatchObject({ a: { code: "USA" }, b: { code: "FRA" } });
    expect(view.pairs).toHaveLength(6);
    if (!view.ledger.ok || !view.counterparts.ok || !view.sankey.ok) throw new Error("the second dataset's charts are empty");
    expect(view.ledger.data.directions).toEqual(["a_to_b"]);
    expect(view.counterparts.data.bars.map((bar) => bar.counterpart.code)).toEqual(["GBR", "FRA", "DEU", "ITA", "NLD", "AUT"]);
    expect(view.sankey.data.nodes.filter((node) => node.kind === "target")).toHaveLength(6);
    expect(view.cards.length).toBeGreaterThan(0);
  });

  it("keeps the bundled dataset's overview as it was, and knows no third", async () => {
    const { loadOverview } = await import("@/lib/views/overview");
    const bundled = (await loadOverview(bundledSlug, {}))!;
    expect(bundled.view.sides).toMatchObject({ a: { code: "USSR" }, b: { code: "PRC" } });
    expect(bundled.data.figures.every((figure) => figure.from?.code !== "AUT")).toBe(true);
    expect(await loadOverview("no-such-dataset", {})).toBeNull();
  });

  it("reads a pair and a year window from the URL, per dataset", async () => {
    const { loadOverview } = await import("@/lib/views/overview");
    const loaded = (await loadOverview(SECOND_DATASET.slug, { a: "USA", b: "ITA", year_from: "1949", year_to: "1950" }))!;
    expect(loaded.view.sides).toMatchObject({ a: { code: "USA" }, b: { code: "ITA" } });
    expect(loaded.view.window).toEqual({ from: 1949, to: 1950 });
    expect(loaded.view.ledger.ok).toBe(false);
    expect(loaded.view.windowNotes[0]).toMatch(/^7 figure\(s\) whose period reaches outside 1949–1950 are left out/);
    const swapped = (await loadOverview(SECOND_DATASET.slug, { year_from: "1952", year_to: "1948" }))!;
    expect(swapped.view.window).toEqual({ from: 1948, to: 1952 });
    expect(swapped.notices.map((notice) => notice.param)).toContain("year_to");
  });
});
