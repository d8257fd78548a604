import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { importBytes, seededDb } from "@/tests/helpers/import-db";
import { withRoutesOn } from "@/tests/helpers/routes-on-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// A plain table imports with one command: aid from the United States to six European countries in
// US dollars over 1948–1952, as a user keeps it, with only from, to, value, unit and period_start
// (and period_end), the source named once for every row. The values below are SYNTHETIC test
// numbers, not the Marshall Plan's: only the shape of the table matters here.

const SLUG = "marshall-plan-synthetic";
const SOURCE = "Synthetic test table: aid by recipient, 1948–1952 (invented numbers for the test suite).";
const RECIPIENTS = ["FRA", "DEU", "ITA", "GBR", "NLD", "AUT"] as const;
// Synthetic values, written as a user would: plain digits, one with a decimal part.
const VALUES = ["2000000000", "1000000000", "1100000000", "2500000000", "900000000", "450000000.5"];

type Row = Record<string, string>;
const plainRows = (extra: (index: number) => Row = () => ({})): Row[] =>
  RECIPIENTS.map((to, index) => ({ from: "USA", to, value: VALUES[index]!, unit: "USD", period_start: "1948", period_end: "1952", ...extra(index) }));

function csvBytes(rows: Row[]): Uint8Array {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return new TextEncoder().encode(`${Papa.unparse([header, ...rows.map((row) => header.map((name) => row[name] ?? ""))], { newline: "\r\n" })}\r\n`);
}

const dbs: TempDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.cleanup();
});
async function open(): Promise<TempDb> {
  const db = await seededDb();
  dbs.push(db);
  return db;
}

const importPlain = (db: TempDb, bytes: Uint8Array, options: Parameters<typeof importBytes>[2] = {}) =>
  importBytes(db.prisma, bytes, { fileName: "marshall.csv", dataset: SLUG, defaultSource: SOURCE, ...options });

describe("a plain table of flows", () => {
  it("imports with honest defaults, creating the dataset, its source and the countries", async () => {
    const db = await open();
    const result = await importPlain(db, csvBytes(plainRows()), { newDataset: { title: "Aid by recipient (synthetic)" } });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ status: "applied", added: 6, datasetCreated: true, versionTo: 1 });
    // The countries the database lacks are created from the ISO list; those it has (USA) are used as they are.
    expect(result.actorsAdded).toEqual(expect.arrayContaining(["FRA", "DEU", "ITA", "NLD", "AUT"]));
    expect(result.actorsAdded).not.toContain("USA");

    const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug: SLUG }, include: { sources: true } });
    expect(dataset).toMatchObject({ title: "Aid by recipient (synthetic)", citation: "Not stated", licence: "Not stated" });
    expect(JSON.parse(dataset.meta)).toEqual({ categories: [{ code: "not_stated", label: "Not stated" }] });
    expect(dataset.sources).toHaveLength(1);
    expect(dataset.sources[0]).toMatchObject({ kind: "primary", citation: SOURCE });
    expect(dataset.sources[0]!.key).toMatch(/^synthetic-test-table-aid-by-recipient-[0-9a-f]{6}$/);

    const figures = await db.prisma.figure.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" }, include: { fromActor: true, toActor: true } });
    expect(figures.map((figure) => figure.key)).toEqual(RECIPIENTS.map((to) => `usa-${to.toLowerCase()}-usd-1948-1952`));
    expect(figures[0]).toMatchObject({
      label: "USA → FRA, US dollars, 1948–1952",
      value: 2_000_000_000,
      valuePrinted: "2000000000",
      unit: "USD",
      priceBasis: "not_stated",
      priceYear: null,
      qualifier: "exact",
      category: "not_stated",
      kind: "not_stated",
      periodStart: "1948",
      periodEnd: "1952",
      periodStatus: "stated",
      provenance: "source",
      section: null,
      phrase: null,
      derived: false,
    });
    // The printed value is the cell as written in the file.
    expect(figures[5]).toMatchObject({ value: 450_000_000.5, valuePrinted: "450000000.5" });
    expect(figures.map((figure) => [figure.fromActor?.code, figure.toActor?.code, figure.toActor?.name])).toContainEqual(["USA", "FRA", "France"]);

    // Imported again, nothing changes: the keys come from the rows' content and the source is found by its reference.
    const again = await importPlain(db, csvBytes(plainRows()));
    expect(again).toMatchObject({ status: "unchanged", added: 0, changed: 0 });
  });

  it("updates a corrected value instead of adding a figure, and keeps what the file states", async () => {
    const db = await open();
    await importPlain(db, csvBytes(plainRows()));
    const corrected = plainRows((index): Row => (index === 0 ? { value: "2100000000" } : {}));
    const result = await importPlain(db, csvBytes(corrected));
    expect(result).toMatchObject({ status: "applied", added: 0, changed: 1, versionFrom: 1, versionTo: 2 });
    const france = await db.prisma.figure.findFirstOrThrow({ where: { key: "usa-fra-usd-1948-1952" } });
    expect(france).toMatchObject({ value: 2_100_000_000, valuePrinted: "2100000000" });

    // Columns the file gives are used; an empty cell of a plain table gets its default.
    const stated = plainRows((index): Row => (index === 0 ? { label: "Shipments to France", qualifier: "about", category: "grants", period_end: "" } : { label: "", qualifier: "", category: "" }));
    const next = await importPlain(db, csvBytes(stated));
    expect(next.problems).toEqual([]);
    const figures = await db.prisma.figure.findMany({ where: { dataset: { slug: SLUG } }, orderBy: { id: "asc" } });
    const shipments = figures.find((figure) => figure.label === "Shipments to France")!;
    expect(shipments).toMatchObject({ key: "usa-fra-grants-usd-1948", qualifier: "about", category: "grants", periodStart: "1948", periodEnd: "1948" });
    expect(figures.find((figure) => figure.key === "usa-deu-usd-1948-1952")).toMatchObject({ label: "USA → DEU, US dollars, 1948–1952", qualifier: "exact" });
  });

  it("appears in the API: the datasets list and the dataset's figures", async () => {
    const db = await open();
    await importPlain(db, csvBytes(plainRows()), { newDataset: { title: "Aid by recipient (synthetic)" } });
    const { datasets, figures } = await withRoutesOn(db.file, async () => {
      const datasetsRoute = await import("@/app/api/v1/datasets/route");
      const figuresRoute = await import("@/app/api/v1/figures/route");
      const list = await datasetsRoute.GET(new Request("http://localhost/api/v1/datasets"));
      const rows = await figuresRoute.GET(new Request(`http://localhost/api/v1/figures?dataset=${SLUG}&limit=100`));
      return { datasets: (await list.json()) as { data: { slug: string; counts: { figures: number } }[] }, figures: (await rows.json()) as { data: { label: string; valuePrinted: string }[]; meta: { total: number } } };
    });
    expect(datasets.data.find((dataset) => dataset.slug === SLUG)).toMatchObject({ counts: { figures: 6 } });
    expect(figures.meta.total).toBe(6);
    expect(figures.data.map((figure) => figure.label)).toContain("USA → ITA, US dollars, 1948–1952");
  });

  it("refuses what it cannot default, naming the row and column, and writes nothing", async () => {
    const db = await open();
    const before = await db.prisma.figure.count();
    // No source at all: neither a column nor --source.
    const noSource = await importBytes(db.prisma, csvBytes(plainRows()), { dataset: SLUG });
    expect(noSource.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([{ row: 1, column: "source", code: "missing_column" }]);
    // Two rows for the same flow, and a missing needed column.
    const same = plainRows();
    same[1] = { ...same[0]! };
    const duplicate = await importPlain(db, csvBytes(same));
    expect(duplicate.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([{ row: 3, column: "key", code: "duplicate_key" }]);
    const withoutStart = plainRows().map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => column !== "period_start")));
    const noStart = await importPlain(db, csvBytes(withoutStart));
    expect(noStart.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([{ row: 1, column: "period_start", code: "missing_column" }]);
    expect(await db.prisma.figure.count()).toBe(before);
    expect(await db.prisma.dataset.findUnique({ where: { slug: SLUG } })).toBeNull();
  });
});
