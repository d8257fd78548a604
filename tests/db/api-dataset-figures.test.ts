import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";
import { LEGACY_BASES, shippedVocabulary } from "@/tests/helpers/vocabulary";

// Every figure of the shipped dataset, as the API answers it, against the dataset file: the same
// value, printed value, unit, qualifier, period, direction and money basis, with its unit named by
// the vocabulary (never the code standing in for an unknown unit). Together with the migration test
// this shows that the open vocabularies changed no figure's meaning.

type FiguresRoute = typeof import("@/app/api/v1/figures/route");

const file = loadDatasetFile(DATASET_FILES[0]!);
let db: TempDb;
let figuresRoute: FiguresRoute;

beforeAll(async () => {
  db = await openSeededApiDb();
  figuresRoute = await import("@/app/api/v1/figures/route");
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("the shipped dataset through the API", () => {
  it("answers every figure as the file gives it", async () => {
    const { status, body } = await callRoute(figuresRoute.GET, `/api/v1/figures?dataset=${file.dataset.slug}&limit=1000`);
    expect(status).toBe(200);
    const byKey = new Map((body.data as Record<string, unknown>[]).map((figure) => [figure.key as string, figure]));
    expect(byKey.size).toBe(file.figures.length);
    for (const entry of file.figures) {
      const figure = byKey.get(entry.key)!;
      expect(figure, entry.key).toMatchObject({
        value: entry.value,
        valuePrinted: entry.printed,
        unit: entry.unit,
        unitInfo: shippedVocabulary().unit(entry.unit),
        priceBasis: entry.priceBasis,
        priceYear: entry.priceYear,
        denomination: entry.denomination,
        qualifier: entry.qualifier,
        category: entry.category,
        kind: entry.kind,
        from: entry.from === null ? null : expect.objectContaining({ code: entry.from }),
        to: entry.to === null ? null : expect.objectContaining({ code: entry.to }),
        period: expect.objectContaining({ start: entry.period.start, end: entry.period.end, status: entry.period.status, text: entry.period.text }),
      });
    }
  });

  it("gives every money figure a basis that one former code had, in that code's currency", async () => {
    const { body } = await callRoute(figuresRoute.GET, `/api/v1/figures?dataset=${file.dataset.slug}&unit=USD,RUB,MCY&limit=1000`);
    const former = Object.entries(LEGACY_BASES);
    for (const figure of body.data as { key: string; unit: string; priceBasis: string; priceYear: number | null; denomination: string | null }[]) {
      const matches = former.filter(
        ([code, basis]) =>
          code.startsWith(figure.unit.toLowerCase()) &&
          basis.priceBasis === figure.priceBasis &&
          basis.priceYear === figure.priceYear &&
          basis.denomination === figure.denomination,
      );
      expect(matches.map(([code]) => code), figure.key).toHaveLength(1);
    }
  });

  it("accepts any unit and category the data knows, and refuses others naming the parameter", async () => {
    for (const query of ["unit=persons", "unit=sq_mi,km2", "unit=EUR", "unit=kg", "category=grants", "unit=MCY"]) {
      const { status } = await callRoute(figuresRoute.GET, `/api/v1/figures?${query}`);
      expect(status, query).toBe(200);
    }
    for (const [query, param] of [["unit=furlongs", "unit"], ["unit=USD,dollars", "unit"], ["category=bribes", "category"]]) {
      const { status, body } = await callRoute(figuresRoute.GET, `/api/v1/figures?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.param, query).toBe(param);
    }
  });
});
