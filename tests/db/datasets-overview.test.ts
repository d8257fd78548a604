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

  it("says a swapped year window, the pair and the units in Georgian on a Georgian page", async () => {
    const { loadOverview } = await import("@/lib/views/overview");
    const { noticeText } = await import("@/lib/views/lenient-parse");
    const { createFormat } = await import("@/lib/format");
    const { translator } = await import("@/tests/helpers/translator");
    const swapped = (await loadOverview(bundledSlug, { year_from: "1962", year_to: "1950" }, {}, "ka"))!;
    const notice = swapped.notices.find((candidate) => candidate.param === "year_to")!;
    expect(notice.text).toEqual({ key: "yearsSwapped", values: { from: "1962", to: "1950" } });
    expect(noticeText(notice, translator("ka", "explore"), createFormat("ka"))).toBe("year_to (1950) year_from-ზე (1962) ადრეა; ნაჩვენებია 1950–1962");
    expect(noticeText(notice, translator("en", "explore"), createFormat("en"))).toBe("year_to (1950) is before year_from (1962); showing 1950–1962");
    // The dataset's declared Georgian names, in the pair picker and the charts; English keeps its own.
    const { view } = swapped;
    expect(view.sides).toMatchObject({ a: { code: "USSR", name: "საბჭოთა კავშირი" }, b: { code: "PRC", name: "ჩინეთის სახალხო რესპუბლიკა" } });
    expect(view.pairs.every((pair) => /[\u10D0-\u10FF]/.test(pair.a.name) && /[\u10D0-\u10FF]/.test(pair.b.name))).toBe(true);
    expect(view.selection?.familyOptions.find((option) => option.family === "money")?.label).toBe("ფული");
    const english = (await loadOverview(bundledSlug, {}))!.view;
    expect(english.sides).toMatchObject({ a: { name: "Soviet Union" }, b: { name: "People's Republic of China" } });
  });
});

describe("the overview of a dataset too large to draw whole", () => {
  const ROWS = 3000;
  const SLUG = "overview-at-scale";
  // The rows generateFiguresCsv writes, as plain numbers: what the checks below add up themselves.
  const UNIT_CYCLE = ["USD", "RUB", "persons", "t"];
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    i,
    unit: UNIT_CYCLE[i % 4]!,
    value: 1000 + i * 7,
    qualified: i % 3 === 0,
    component: i % 10 === 9,
    fromFirst: i % 2 === 0,
  }));

  beforeAll(async () => {
    const { generateFiguresCsv } = await import("@/tests/helpers/generate-figures-csv");
    const { importBytes } = await import("@/tests/helpers/import-db");
    const result = await importBytes(db.prisma, new TextEncoder().encode(generateFiguresCsv(ROWS, { dataset: SLUG, prefix: "scale" })));
    expect([result.status, result.problems.slice(0, 3)]).toEqual(["applied", []]);
  }, 120_000);

  it("reads every figure with the fields the API gives it", async () => {
    const { loadOverview } = await import("@/lib/views/overview");
    const { getFigureOrNull } = await import("@/lib/data/figures/get");
    const loaded = (await loadOverview(SLUG, {}))!;
    expect(loaded.data.figures).toHaveLength(ROWS);
    for (const figure of [loaded.data.figures[0]!, loaded.data.figures[9]!, loaded.data.figures[ROWS - 1]!]) {
      const dto = (await getFigureOrNull(figure.id))!;
      for (const field of Object.keys(figure) as (keyof typeof figure)[]) expect([field, figure[field]]).toEqual([field, dto[field]]);
    }
  });

  it("caps each chart with its reason and explore link, while the sums add every figure", async () => {
    const { loadOverview } = await import("@/lib/views/overview");
    const { view } = (await loadOverview(SLUG, {}))!;
    expect(view.sides).toMatchObject({ a: { code: "USSR" }, b: { code: "PRC" } });
    const unit = view.selection!.unit!;
    const topLevel = rows.filter((row) => row.unit === unit && !row.component);
    const componentsHere = rows.filter((row) => row.unit === unit && row.component);

    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    expect(view.ledger.data.rowCount).toBe(40);
    expect(view.ledger.caps).toHaveLength(1);
    const [cap] = view.ledger.caps;
    expect(cap).toMatchObject({ shown: 40, total: topLevel.length + componentsHere.length });
    expect(cap!.text).toMatch(/^Showing the 40 largest of [\d,]+ bars, because a chart cannot show more legibly$/);
    expect(cap!.href).toBe(`/figures?dataset=${SLUG}&from=USSR%2CPRC&to=USSR%2CPRC&unit=${unit}&parent=none&sort=-value`);
    const largest = Math.max(...topLevel.map((row) => row.value));
    expect(Math.max(...view.ledger.data.groups.flatMap((group) => group.rows.map((row) => row.extent)))).toBe(largest);

    if (!view.balance.ok) throw new Error(view.balance.reason);
    const given = topLevel.filter((row) => row.fromFirst);
    const side = view.balance.data.sides.find((candidate) => candidate.direction === "a_to_b")!;
    expect(side.sum!.value).toBe(given.reduce((total, row) => total + row.value, 0));
    expect(side.sum!.summary).toBe(`sum of ${given.length.toLocaleString("en")} figures, ${given.filter((row) => row.qualified).length} with qualifiers`);
    expect(side.includedCount).toBe(given.length);
    expect(side.included.length).toBeLessThanOrEqual(10);

    expect(view.timeline.caps[0]).toMatchObject({ shown: 100, total: ROWS });
    if (!view.timeline.ok) throw new Error(view.timeline.reason);
    expect(view.timeline.data.spans).toHaveLength(100);
    expect(JSON.stringify(view).length).toBeLessThan(600_000);
  });
});
