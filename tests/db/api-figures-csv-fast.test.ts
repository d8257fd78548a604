import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURE_CSV_COLUMNS, FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { csvHeaderLine, csvRowLines } from "@/lib/export/csv/write";
import type { FigureSortKey } from "@/lib/schemas/api/figures-query";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { expectedOrder, readFigures, type PlainFigure } from "@/tests/helpers/figure-expectations";
import { testDialect, type TempDb } from "@/tests/helpers/temp-db";
import { foldForSearch } from "@/lib/schemas/text";

// The CSV export reads its cells straight from the driver (lib/data/figures/csv-rows.ts) instead of
// through FigureDto. It must write exactly the bytes the columns of lib/export/csv/figure-columns.ts
// write from the DTOs (the JSON list's shape), for every order and filter, whatever the text holds.

// Every sort key: the record's type refuses a missing one.
const SORT_KEYS = Object.keys({
  id: 1, key: 1, label: 1, category: 1, kind: 1, from: 1, to: 1, value: 1, unit: 1, qualifier: 1, period_start: 1, period_end: 1, dataset: 1,
} satisfies Record<FigureSortKey, 1>) as FigureSortKey[];

type FiguresRoute = typeof import("@/app/api/v1/figures/route");

let db: TempDb;
let figuresRoute: FiguresRoute;
let figures: PlainFigure[];

/** The CSV written the slow way: every matching DTO through the column definitions. */
async function csvThroughDtos(query: Parameters<typeof import("@/lib/data/figures/batches").openFigureBatches>[0]): Promise<string> {
  const { openFigureBatches } = await import("@/lib/data/figures/batches");
  let text = csvHeaderLine(FIGURE_CSV_COLUMNS);
  for await (const batch of await openFigureBatches(query, { baseUrl: "http://localhost" })) text += csvRowLines(FIGURE_CSV_COLUMNS, batch);
  return text;
}

beforeAll(async () => {
  db = await openSeededApiDb();
  const dataset = await db.prisma.dataset.findFirstOrThrow({ orderBy: { id: "asc" } });
  const [first, second] = await db.prisma.figure.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" }, take: 2 });
  const more = await db.prisma.figure.findMany({ where: { id: { notIn: [first!.id, second!.id] } }, orderBy: { id: "asc" }, take: 13 });
  // Text that needs quoting, a formula guard and neutralising, and a table cell with an empty part;
  // tabs, backslashes and line breaks; a literal "\N" (PostgreSQL's text form of NULL); and text
  // beyond ASCII.
  await db.prisma.figure.update({
    where: { id: first!.id },
    data: {
      label: '=SUM(A1) "quoted", with a comma\r\nand a line',
      notes: " padded \u202Eevil\u0007 \ttab \\N back\\slash \\t\fform\vvert\b ",
      phrase: "\uFEFFbom",
      section: "\\N",
      locator: "ქართული",
    },
  });
  await db.prisma.figure.update({
    where: { id: second!.id },
    data: { cellTable: "Table 2", cellRow: null, cellColumn: "1955", valuePrinted: "-5", label: "The credit's share, as printed", searchText: foldForSearch("The credit's share, as printed") },
  });
  // What PostgreSQL's own CSV writes differently (lib/data/figures/csv-copy-sql.ts), one figure
  // each, so that no other cell hands its row back: numbers it writes with an exponent or as -0, a
  // key the permalink must encode; then empty text, a lone \., a C1 control character, a trailing
  // space, direction marks and a dash that needs nothing.
  const changes = [
    { value: 1e21 },
    { value: 1.5e-7 },
    { value: -0 },
    { value: 123456789012345.6 },
    { key: `${more[4]!.key}-é%` },
    { derivation: "", provenance: "said – with a dash" },
    { section: "\\." },
    { phrase: "\u0085C1" },
    { notes: "ends with a space " },
    { locator: "\u061Cmark" },
    { citedRef: "\u2066isolate\u2069" },
    // A handed-back row with more semicolons than commas: it is still read as comma-separated.
    { notes: `=${"a;".repeat(60)}` },
  ];
  for (const [index, data] of changes.entries()) await db.prisma.figure.update({ where: { id: more[index]!.id }, data });
  figuresRoute = await import("@/app/api/v1/figures/route");
  figures = await readFigures(db.prisma);
}, 120_000);

afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("the CSV export read from the driver", () => {
  it("writes the same bytes as the DTO columns, for every order", async () => {
    for (const key of SORT_KEYS)
      for (const sort of [key, `-${key}`] as const) {
        const { status, text } = await callRoute(figuresRoute.GET, `/api/v1/figures?format=csv&sort=${sort}`);
        expect(status).toBe(200);
        expect(text, sort).toBe(await csvThroughDtos({ sort }));
      }
  });

  // A filter's text is a bound parameter, whatever it holds.
  it("writes the same bytes as the DTO columns under filters", async () => {
    const slug = figures[0]!.dataset;
    for (const filters of [{ category: ["credits_loans"] }, { dataset: slug, year_from: 1955, year_to: 1960 }, { derived: true }, { q: "quoted" }, { q: "credit's" }, { q: "x' OR '1'='1" }]) {
      const params = new URLSearchParams(Object.entries(filters).map(([name, value]) => [name, String(value)]));
      const { text } = await callRoute(figuresRoute.GET, `/api/v1/figures?format=csv&sort=-value&${params}`);
      expect(text, params.toString()).toBe(await csvThroughDtos({ sort: "-value", ...filters }));
    }
    // The apostrophe's search finds its figure, and the injection's finds nothing.
    const lines = async (q: string) => (await callRoute(figuresRoute.GET, `/api/v1/figures?format=csv&q=${encodeURIComponent(q)}`)).text.trimEnd().split("\r\n").length;
    expect(await lines("credit's")).toBe(2);
    expect(await lines("x' OR '1'='1")).toBe(1);
  });

  it("visits every row once in small keyset batches, for every order", async () => {
    const { openFigureCsvBatches } = await import("@/lib/data/figures/csv-rows");
    for (const key of SORT_KEYS)
      for (const sort of [key, `-${key}`] as const) {
        const seen: number[] = [];
        for await (const batch of await openFigureCsvBatches({ query: { sort }, headers: FIGURE_CSV_HEADERS, batchSize: 7 })) {
          expect(batch.length).toBeLessThanOrEqual(7);
          seen.push(...batch.map((cells) => Number(cells[0])));
        }
        expect(seen, sort).toEqual(expectedOrder(figures, sort));
      }
  });

  // The stream asks for the next batch before it hands on the current one (read-handles.ts): a
  // reader that stops after the first batch leaves a read under way, which must end quietly and
  // give the connection back, many times over, more often than the pool has connections.
  it("lets a reader stop after the first batch, again and again, and serves every row afterwards", async () => {
    const { openFigureCsvBatches } = await import("@/lib/data/figures/csv-rows");
    for (let attempt = 0; attempt < 15; attempt++) {
      const batches = await openFigureCsvBatches({ query: { sort: "id" }, headers: FIGURE_CSV_HEADERS, batchSize: 3 });
      const first = await batches.next();
      expect(first.done).toBe(false);
      expect(first.value).toHaveLength(3);
      await batches.return(undefined);
    }
    const { text } = await callRoute(figuresRoute.GET, "/api/v1/figures?format=csv&sort=id");
    expect(text).toBe(await csvThroughDtos({ sort: "id" }));
  });

  // On PostgreSQL the export is written by COPY (csv-copy.ts); a reader that stops leaves that
  // connection mid-protocol, so it must be closed rather than go back to the pool.
  it("lets a reader of PostgreSQL's COPY stop after the first chunk, again and again", async () => {
    const { openFigureCsvCopy } = await import("@/lib/data/figures/csv-copy");
    const copy = await openFigureCsvCopy({ query: { sort: "id" } as never, baseUrl: "http://localhost" });
    if (testDialect() !== "postgresql") {
      expect(copy).toBeNull();
      return;
    }
    for (let attempt = 0; attempt < 15; attempt++) {
      const opened = await openFigureCsvCopy({ query: { sort: "id" } as never, baseUrl: "http://localhost" });
      const chunks = opened!.chunks[Symbol.asyncIterator]();
      expect((await chunks.next()).done).toBe(false);
      await chunks.return?.(undefined);
    }
    const { text } = await callRoute(figuresRoute.GET, "/api/v1/figures?format=csv&sort=id");
    expect(text).toBe(await csvThroughDtos({ sort: "id" }));
    // A base address that would need encoding keeps the driver's cursor.
    expect(await openFigureCsvCopy({ query: { sort: "id" } as never, baseUrl: "http://localhost/a b" })).toBeNull();
  });

  it("ends every row with the period's years as integers", async () => {
    const { text } = await callRoute(figuresRoute.GET, "/api/v1/figures?format=csv&sort=id");
    const [header, ...rows] = Papa.parse<string[]>(text.trimEnd(), { newline: "\r\n" }).data;
    expect(header!.slice(-2)).toEqual(["year_start", "year_end"]);
    const withYears = await db.prisma.figure.findMany({ select: { id: true, yearStart: true, yearEnd: true }, orderBy: { id: "asc" } });
    expect(withYears.some((figure) => figure.yearStart !== null && figure.yearEnd !== null)).toBe(true);
    expect(rows.map((row) => [Number(row[0]), ...row.slice(-2)])).toEqual(
      withYears.map((figure) => [figure.id, String(figure.yearStart ?? ""), String(figure.yearEnd ?? "")]),
    );
  });
});
