import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { figureSearchText } from "@/lib/import/dataset/rows";
import { figureDetailDtoSchema, figureDtoSchema } from "@/lib/schemas/api/figure-response";
import { foldForSearch } from "@/lib/schemas/text";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { expectedOrder, overlaps, readFigures, type PlainFigure } from "@/tests/helpers/figure-expectations";
import type { TempDb } from "@/tests/helpers/temp-db";

// GET /api/v1/figures and /api/v1/figures/{id} against the real dataset, seeded into a throwaway
// database. Every expectation is computed from the rows in that database.

type FiguresRoute = typeof import("@/app/api/v1/figures/route");
type FigureRoute = typeof import("@/app/api/v1/figures/[id]/route");

let db: TempDb;
let figuresRoute: FiguresRoute;
let figureRoute: FigureRoute;
let figures: PlainFigure[];
let extra: { cyrillic: number; percent: number; formula: number };

const list = (query: string, headers: Record<string, string> = {}) =>
  callRoute(figuresRoute.GET, `/api/v1/figures${query ? `?${query}` : ""}`, { headers });
const idsOf = (body: { data: { id: number }[] }) => body.data.map((figure) => figure.id);
const sortedIds = (rows: PlainFigure[]) => rows.map((f) => f.id).sort((a, b) => a - b);

/** All ids for a query, asking for everything on one page (the dataset is under 1000 figures). */
async function allIds(query: string): Promise<number[]> {
  const { status, body } = await list(`${query}${query ? "&" : ""}limit=1000`);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.meta.total).toBe(body.data.length);
  return idsOf(body);
}

async function insertFigure(key: string, fields: { label: string; phrase: string; valuePrinted: string; value: number; unit: string }) {
  const dataset = await db.prisma.dataset.findFirstOrThrow({ orderBy: { id: "asc" } });
  const source = await db.prisma.source.findFirstOrThrow({ where: { datasetId: dataset.id }, orderBy: { id: "asc" } });
  const row = await db.prisma.figure.create({
    data: {
      ...fields,
      key,
      datasetId: dataset.id,
      sourceId: source.id,
      category: "commodity_exports",
      kind: "delivery",
      qualifier: "exact",
      periodStatus: "unknown",
      section: "Test section",
      searchText: figureSearchText({ ...fields, notes: null }),
    },
  });
  return row.id;
}

beforeAll(async () => {
  db = await openSeededApiDb();
  extra = {
    cyrillic: await insertFigure("test-cyrillic", {
      label: "Поставки ЗЕРНА в Китай",
      phrase: "поставки зерна",
      valuePrinted: "1 млн",
      value: 1_000_000,
      unit: "t",
    }),
    percent: await insertFigure("test-percent", {
      label: "Share of 100% paid_off",
      phrase: "100% paid_off",
      valuePrinted: "100%",
      value: 100,
      unit: "t",
    }),
    formula: await insertFigure("test-formula", {
      label: '=HYPERLINK("http://example.org","click")',
      phrase: "+1 minus",
      valuePrinted: "-5",
      value: -5,
      unit: "t",
    }),
  };
  figures = await readFigures(db.prisma);
  figuresRoute = await import("@/app/api/v1/figures/route");
  figureRoute = await import("@/app/api/v1/figures/[id]/route");
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("GET /api/v1/figures: the list", () => {
  it("answers the first 100 figures by id, in the documented shape", async () => {
    const { status, headers, body } = await list("");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body.meta).toMatchObject({ total: figures.length, limit: 100, page: 1, cursor: null });
    expect(body.meta.query).toEqual({ sort: "id", limit: 100, format: "json", bom: false });
    expect(idsOf(body)).toEqual(expectedOrder(figures, "id").slice(0, 100));
    for (const figure of body.data) figureDtoSchema.parse(figure);
  });

  it("returns every figure with limit=1000", async () => {
    expect(figures.length).toBeLessThanOrEqual(1000);
    expect(await allIds("")).toEqual(sortedIds(figures));
  });

  it("keeps numbers numeric and links absolute", async () => {
    const { body } = await list("limit=1000");
    for (const dto of body.data) {
      const row = figures.find((f) => f.id === dto.id)!;
      expect(dto.value).toBe(row.value);
      expect(typeof dto.value).toBe("number");
      expect(dto.links).toEqual({
        self: `http://localhost/api/v1/figures/${dto.id}`,
        html: `http://localhost/datasets/${dto.dataset}/figures/${dto.key}`,
      });
      expect(dto.flags).toEqual(row.flags);
    }
  });
});

describe("GET /api/v1/figures: filters", () => {
  const someValue = <T,>(values: T[]) => values.find((value) => value !== null && value !== undefined)!;

  it("filters by from and to actor, including none", async () => {
    const from = someValue(figures.map((f) => f.from))!;
    const to = someValue(figures.map((f) => f.to))!;
    expect(await allIds(`from=${from}`)).toEqual(sortedIds(figures.filter((f) => f.from === from)));
    expect(await allIds(`to=${to}`)).toEqual(sortedIds(figures.filter((f) => f.to === to)));
    expect(await allIds("from=none")).toEqual(sortedIds(figures.filter((f) => f.from === null)));
    expect(await allIds(`from=${from},none`)).toEqual(sortedIds(figures.filter((f) => f.from === from || f.from === null)));
    expect(await allIds(`from=${from}&to=${to}`)).toEqual(sortedIds(figures.filter((f) => f.from === from && f.to === to)));
  });

  it("filters by category, unit and qualifier lists", async () => {
    const categories = [...new Set(figures.map((f) => f.category))].slice(0, 2);
    const units = [...new Set(figures.map((f) => f.unit))].slice(0, 3);
    const qualifiers = [...new Set(figures.map((f) => f.qualifier))];
    expect(await allIds(`category=${categories.join(",")}`)).toEqual(
      sortedIds(figures.filter((f) => categories.includes(f.category))),
    );
    expect(await allIds(`unit=${units.join(",")}`)).toEqual(sortedIds(figures.filter((f) => units.includes(f.unit))));
    for (const qualifier of qualifiers)
      expect(await allIds(`qualifier=${qualifier}`)).toEqual(sortedIds(figures.filter((f) => f.qualifier === qualifier)));
  });

  it("filters by phase: figures whose period overlaps the phase's years", async () => {
    const phases = await db.prisma.phase.findMany();
    expect(phases.length).toBeGreaterThan(0);
    for (const phase of phases) {
      const expected = figures.filter((f) => f.datasetId === phase.datasetId && overlaps(f, phase.startYear, phase.endYear));
      expect(await allIds(`phase=${phase.key}`), phase.key).toEqual(sortedIds(expected));
    }
  });

  it("filters by year overlap, with either end open", async () => {
    for (const [from, to] of [
      [1955, 1960],
      [1950, 1950],
      [1969, 1980],
    ] as const) {
      expect(await allIds(`year_from=${from}&year_to=${to}`)).toEqual(sortedIds(figures.filter((f) => overlaps(f, from, to))));
    }
    expect(await allIds("year_from=1960")).toEqual(sortedIds(figures.filter((f) => overlaps(f, 1960, null))));
    expect(await allIds("year_to=1952")).toEqual(sortedIds(figures.filter((f) => overlaps(f, null, 1952))));
  });

  it("searches case-insensitively, Cyrillic included", async () => {
    for (const q of ["зерна", "ЗЕРНА", "ЗеРнА", "поставки зерна"]) {
      const ids = await allIds(`q=${encodeURIComponent(q)}`);
      expect(ids, q).toContain(extra.cyrillic);
      expect(ids, q).toEqual(sortedIds(figures.filter((f) => f.searchText.includes(foldForSearch(q)))));
    }
    // A word from a real label, in upper case.
    const word = figures.find((f) => f.id !== extra.cyrillic)!.label.split(" ").find((w) => w.length > 4)!;
    const ids = await allIds(`q=${encodeURIComponent(word.toUpperCase())}`);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(sortedIds(figures.filter((f) => f.searchText.includes(foldForSearch(word)))));
  });

  it("matches % and _ in q literally, not as wildcards", async () => {
    for (const q of ["100%", "%", "_", "paid_off", "100% PAID_OFF", "1_0", "1%0"]) {
      const expected = sortedIds(figures.filter((f) => f.searchText.includes(foldForSearch(q))));
      expect(await allIds(`q=${encodeURIComponent(q)}`), q).toEqual(expected);
    }
    expect(await allIds(`q=${encodeURIComponent("100%")}`)).toEqual([extra.percent]);
    expect(await allIds(`q=${encodeURIComponent("1%0")}`)).toEqual([]);
    expect(await allIds("q=")).toEqual(sortedIds(figures));
  });

  it("filters by parent, derived and flag", async () => {
    const parentId = someValue(figures.map((f) => f.parentId))!;
    expect(await allIds(`parent=${parentId}`)).toEqual(sortedIds(figures.filter((f) => f.parentId === parentId)));
    expect(await allIds("parent=none")).toEqual(sortedIds(figures.filter((f) => f.parentId === null)));
    expect(await allIds("derived=true")).toEqual(sortedIds(figures.filter((f) => f.derived)));
    expect(await allIds("derived=false")).toEqual(sortedIds(figures.filter((f) => !f.derived)));
    const flags = [...new Set(figures.flatMap((f) => f.flags))];
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags)
      expect(await allIds(`flag=${flag}`), flag).toEqual(sortedIds(figures.filter((f) => f.flags.includes(flag))));
  });

  it("filters by dataset and combines filters with AND", async () => {
    const slug = figures[0]!.dataset;
    expect(await allIds(`dataset=${slug}`)).toEqual(sortedIds(figures.filter((f) => f.dataset === slug)));
    const from = figures.find((f) => f.from !== null)!.from!;
    const expected = figures.filter((f) => f.from === from && overlaps(f, 1950, 1960) && f.parentId === null);
    expect(await allIds(`from=${from}&year_from=1950&year_to=1960&parent=none&dataset=${slug}`)).toEqual(sortedIds(expected));
  });
});

describe("GET /api/v1/figures: order and paging", () => {
  const SORTS = ["id", "-id", "label", "-label", "from", "-from", "to", "period_start", "-period_start", "period_end", "value", "-value", "category", "-unit", "dataset", "-qualifier", "key", "-kind"];

  it.each(SORTS)("sorts by %s with a stable tie-break on id", async (sort) => {
    expect(await allIds(`sort=${sort}`)).toEqual(expectedOrder(figures, sort));
  });

  it("groups by unit when sorting by value, in both directions", async () => {
    for (const sort of ["value", "-value"]) {
      const { body } = await list(`sort=${sort}&limit=1000`);
      const units = body.data.map((f: { unit: string }) => f.unit);
      const runs = units.filter((unit: string, i: number) => i === 0 || units[i - 1] !== unit);
      expect(runs).toEqual([...new Set(units)]);
      expect(runs).toEqual([...runs].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    }
  });

  it.each(["id", "-label", "period_start", "-from", "value", "-value"])(
    "visits every row exactly once by page and by cursor (sort=%s)",
    async (sort) => {
      const expected = expectedOrder(figures, sort);
      const limit = 7;
      const byPage: number[] = [];
      for (let page = 1; ; page += 1) {
        const { status, body } = await list(`sort=${sort}&limit=${limit}&page=${page}`);
        expect(status).toBe(200);
        byPage.push(...idsOf(body));
        expect(body.meta.page).toBe(page);
        if (body.links.next === null) break;
        expect(body.links.next).toContain(`page=${page + 1}`);
      }
      expect(byPage).toEqual(expected);

      const byCursor: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
        const { status, body } = await list(query);
        expect(status, JSON.stringify(body)).toBe(200);
        expect(body.meta.total).toBe(figures.length);
        byCursor.push(...idsOf(body));
        cursor = body.meta.nextCursor;
        if (cursor) expect(body.links.next).toBe(`http://localhost/api/v1/figures?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(query)), cursor })}`);
        pages += 1;
      } while (cursor !== null);
      expect(byCursor).toEqual(expected);
      expect(pages).toBe(Math.ceil(figures.length / limit));
    },
  );

  it("pages a filtered list by cursor", async () => {
    const from = figures.find((f) => f.from !== null)!.from!;
    const expected = expectedOrder(figures.filter((f) => f.from === from), "-period_end");
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await list(`from=${from}&sort=-period_end&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...idsOf(body));
      cursor = body.meta.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(expected);
  });
});

describe("GET /api/v1/figures: caching", () => {
  it("sends a strong ETag and Cache-Control, and 304 when If-None-Match matches", async () => {
    const first = await list("sort=-value&limit=5");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect((await list("sort=-value&limit=5")).headers.get("etag")).toBe(etag);
    expect((await list("sort=-value&limit=6")).headers.get("etag")).not.toBe(etag);

    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, "*"]) {
      const again = await list("sort=-value&limit=5", { "If-None-Match": header });
      expect(again.status, header).toBe(304);
      expect(again.text).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
    }
    expect((await list("sort=-value&limit=5", { "If-None-Match": '"other"' })).status).toBe(200);
  });
});

describe("GET /api/v1/figures?format=csv", () => {
  const parseCsv = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

  it("streams every matching row with the documented columns and a descriptive file name", async () => {
    const response = await figuresRoute.GET(new Request("http://localhost/api/v1/figures?format=csv&sort=-value&limit=1"));
    expect(response.status).toBe(200);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="aidflow-all-figures-all-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await response.text();
    expect(text.includes("\r\n")).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(FIGURE_CSV_HEADERS);
    // limit is ignored: the CSV holds every figure, in the requested order.
    expect(rows.map((row) => Number(row[0]))).toEqual(expectedOrder(figures, "-value"));
  });

  it("writes raw numbers, keeps negative numbers numeric and neutralises formula-looking text", async () => {
    const { text } = await list("format=csv");
    const [header, ...rows] = parseCsv(text);
    const column = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const figure = figures.find((f) => f.id === Number(row[column("id")]))!;
      expect(row[column("value")]).toBe(String(figure.value));
      expect(row[column("value")]).not.toMatch(/e|,/i);
    }
    const formula = rows.find((row) => Number(row[0]) === extra.formula)!;
    expect(formula[column("label")]).toBe(`'=HYPERLINK("http://example.org","click")`);
    expect(formula[column("phrase")]).toBe("'+1 minus");
    expect(formula[column("value_printed")]).toBe("'-5");
    expect(formula[column("value")]).toBe("-5");
    const big = figures.filter((f) => f.value >= 1e9);
    expect(big.length).toBeGreaterThan(0);
    for (const figure of big) expect(text).toContain(`,${String(figure.value)},`);
  });

  it("filters the CSV like the list, names the filters in the file name and can add a BOM", async () => {
    const slug = figures[0]!.dataset;
    const category = figures[0]!.category;
    const response = await figuresRoute.GET(
      new Request(`http://localhost/api/v1/figures?format=csv&bom=true&dataset=${slug}&category=${category}`),
    );
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`filename="aidflow-${slug}-figures-category-${category}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    );
    // Read the bytes: Response.text() would drop the BOM while decoding.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [, ...rows] = parseCsv(new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes));
    expect(rows.map((row) => Number(row[0]))).toEqual(
      sortedIds(figures.filter((f) => f.dataset === slug && f.category === category)),
    );
  });

  it("reads in keyset batches: a small batch size still visits every row once", async () => {
    const { openFigureBatches } = await import("@/lib/data/figures/batches");
    for (const sort of ["-period_start", "value", "from"] as const) {
      const batches = await openFigureBatches({ sort }, { baseUrl: "http://localhost", batchSize: 4 });
      const seen: number[] = [];
      let count = 0;
      for await (const batch of batches) {
        expect(batch.length).toBeLessThanOrEqual(4);
        seen.push(...batch.map((f) => f.id));
        count += 1;
      }
      expect(seen).toEqual(expectedOrder(figures, sort));
      expect(count).toBe(Math.ceil(figures.length / 4));
    }
  });
});

describe("figure read functions", () => {
  it("counts facets and filtered figures like the data says", async () => {
    const { getFigureFacets } = await import("@/lib/data/figures/facets");
    const { countFigures } = await import("@/lib/data/figures/count");
    const facets = await getFigureFacets();
    const tally = (values: string[]) =>
      Object.fromEntries([...new Set(values)].map((value) => [value, values.filter((v) => v === value).length]));
    const asObject = (list: { code: string; count: number }[]) => Object.fromEntries(list.map((f) => [f.code, f.count]));
    expect(asObject(facets.categories)).toEqual(tally(figures.map((f) => f.category)));
    expect(asObject(facets.units)).toEqual(tally(figures.map((f) => f.unit)));
    expect(asObject(facets.qualifiers)).toEqual(tally(figures.map((f) => f.qualifier)));
    expect(asObject(facets.flags)).toEqual(tally(figures.flatMap((f) => f.flags)));
    expect(asObject(facets.from)).toEqual(tally(figures.map((f) => f.from ?? "none")));
    expect(await countFigures()).toBe(figures.length);
    expect(await countFigures({ derived: true })).toBe(figures.filter((f) => f.derived).length);
  });
});

describe("GET /api/v1/figures/{id}", () => {
  const one = (id: string) => callRoute(figureRoute.GET, `/api/v1/figures/${id}`, { params: { id } });

  it("answers a figure with its parent and components", async () => {
    const child = figures.find((f) => f.parentId !== null)!;
    const parentId = child.parentId!;
    const { status, body, headers } = await one(String(parentId));
    expect(status).toBe(200);
    expect(headers.get("etag")).toBeTruthy();
    const detail = figureDetailDtoSchema.parse(body.data);
    expect(detail.id).toBe(parentId);
    expect(detail.components.map((c) => c.id)).toEqual(sortedIds(figures.filter((f) => f.parentId === parentId)));

    const childAnswer = (await one(String(child.id))).body.data;
    expect(childAnswer.parent.id).toBe(parentId);
    expect(childAnswer.parentKey).toBe(figures.find((f) => f.id === parentId)!.key);
  });

  it("answers the same figure as the list does", async () => {
    const id = figures[0]!.id;
    const detail = (await one(String(id))).body.data;
    const fromList = (await list(`limit=1`)).body.data[0];
    delete detail.parent;
    delete detail.components;
    expect(detail).toEqual(fromList);
  });
});
