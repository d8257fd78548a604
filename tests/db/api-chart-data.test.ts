import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS, type ChartId } from "@/lib/views/overview/param-codes";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// GET /api/v1/datasets/{slug}/charts/{chart}: each overview chart's rows, as the page shapes them
// (the same marks, in the same order, under the same view parameters and caps), as JSON, CSV and
// XLSX, and a 400 naming any parameter the view cannot honour.

type Handler = (request: Request, context: never) => Promise<Response>;
let db: TempDb;
let route: Handler;
let slug: string;

beforeAll(async () => {
  db = await openSeededApiDb();
  route = (await import("@/app/api/v1/datasets/[slug]/charts/[chart]/route")).GET as Handler;
  slug = (await db.prisma.dataset.findFirstOrThrow({ orderBy: { id: "asc" } })).slug;
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

const call = (chart: string, query = "", dataset = slug) =>
  callRoute(route, `/api/v1/datasets/${dataset}/charts/${chart}${query}`, { params: { slug: dataset, chart } });

/** The marks each chart's table alternative shows, from the overview as the page loads it. */
async function tableMarks(chart: ChartId, raw: Record<string, string> = {}): Promise<string[]> {
  const { loadOverview } = await import("@/lib/views/overview");
  const { view } = (await loadOverview(slug, raw))!;
  switch (chart) {
    case "ledger":
      if (!view.ledger.ok) return [];
      return view.ledger.data.groups.flatMap((group) =>
        group.rows.flatMap((row) => [row.key, ...(row.segments.length > 1 || row.kind === "components" ? row.segments.map((segment) => `${row.key}-${segment.key}`) : [])]),
      );
    case "flow":
      return view.sankey.ok ? view.sankey.data.links.filter((link) => link.counterpart !== null).map((link) => `${link.direction}-${link.category}-${link.counterpart}`) : [];
    case "counterparts":
      return view.counterparts.ok ? view.counterparts.data.bars.map((bar) => bar.key) : [];
    case "timeline":
      return view.timeline.ok ? [...view.timeline.data.phases, ...view.timeline.data.events, ...view.timeline.data.spans].map((mark) => mark.key) : [];
    case "goods":
      return view.goods.ok ? view.goods.data.bars.map((bar) => bar.key) : [];
    case "people":
      return view.people.ok ? view.people.data.bars.map((bar) => bar.key) : [];
  }
}

describe("the chart data endpoint", () => {
  it.each(CHART_IDS)("gives the %s chart's marks in its table's order, as JSON and CSV alike", async (chart) => {
    const json = await call(chart);
    expect(json.status, json.text).toBe(200);
    const { data, links } = json.body;
    const marks = await tableMarks(chart);
    expect(marks.length).toBeGreaterThan(0);
    expect(data.rows.map((row: { mark: string }) => row.mark)).toEqual(marks);
    for (const column of data.columns) expect(column.description, column.key).toMatch(/\w/);
    expect(links.csv).toBe(`http://localhost/api/v1/datasets/${slug}/charts/${chart}?format=csv`);

    const csv = await call(chart, "?format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(new RegExp(`filename="aidflow-${slug}-${chart}-data-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(data.columns.map((column: { key: string }) => column.key));
    expect(parsed.data.map((row) => row.mark)).toEqual(marks);
    parsed.data.forEach((row, index) => {
      const fromJson = data.rows[index];
      for (const column of data.columns as { key: string; type: string }[]) {
        const value = fromJson[column.key];
        if (column.type === "number" && value !== null) expect(Number(row[column.key])).toBe(value);
        if (column.type === "number") expect(value === null || typeof value === "number").toBe(true);
      }
    });
  });

  it("carries values with their qualifier and unit, and periods as the source dates them", async () => {
    const { body } = await call("goods");
    const stored = await db.prisma.figure.findMany({ where: { key: { in: body.data.rows.map((row: { figure_key: string }) => row.figure_key) } } });
    const byKey = new Map(stored.map((figure) => [figure.key, figure]));
    for (const row of body.data.rows) {
      const figure = byKey.get(row.figure_key)!;
      expect([row.value, row.qualifier, row.unit, row.period_start, row.period_end]).toEqual([figure.value, figure.qualifier, figure.unit, figure.periodStart, figure.periodEnd]);
    }
  });

  it("follows the view: converted money in the ledger is in the chosen currency", async () => {
    const original = await call("ledger");
    const usd = await call("ledger", "?currency=usd");
    expect(usd.status, usd.text).toBe(200);
    expect(usd.body.meta.view.currency).toBe("usd");
    const units = new Set(usd.body.data.rows.map((row: { unit: string }) => row.unit));
    expect([...units]).toEqual(["USD"]);
    expect(usd.body.data.rows.map((row: { mark: string }) => row.mark)).toEqual(await tableMarks("ledger", { currency: "usd" }));
    expect(usd.body.data.rows).not.toEqual(original.body.data.rows);
    expect(usd.body.links.csv).toContain("currency=usd");
  });

  it("writes an XLSX with numeric values, text periods and a sheet about the data", async () => {
    const response = await route(new Request(`http://localhost/api/v1/datasets/${slug}/charts/goods?format=xlsx`), { params: Promise.resolve({ slug, chart: "goods" }) } as never);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const [sheet, about] = workbook.worksheets;
    const headers = (sheet!.getRow(1).values as string[]).slice(1);
    const { body } = await call("goods");
    expect(headers).toEqual(body.data.columns.map((column: { key: string }) => column.key));
    expect(sheet!.actualRowCount - 1).toBe(body.data.rows.length);
    const valueCell = sheet!.getRow(2).getCell(headers.indexOf("value") + 1);
    expect(valueCell.type).toBe(ExcelJS.ValueType.Number);
    expect(valueCell.value).toBe(body.data.rows[0].value);
    const startCell = sheet!.getRow(2).getCell(headers.indexOf("period_start") + 1);
    expect(startCell.type).toBe(ExcelJS.ValueType.String);
    const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug } });
    const texts = new Map<string, string>();
    about!.eachRow((row) => texts.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(texts.get("Citation")).toBe(dataset.citation);
    expect(texts.get("Licence")).toBe(dataset.licence);
    expect(texts.get("qualifier")).toMatch(/\w/);
  });

  it("writes the XLSX's About sheet in Georgian with lang=ka, and refuses an unknown lang naming it", async () => {
    const params = { params: Promise.resolve({ slug, chart: "goods" }) } as never;
    const response = await route(new Request(`http://localhost/api/v1/datasets/${slug}/charts/goods?format=xlsx&lang=ka`), params);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const texts = new Map<string, string>();
    workbook.getWorksheet("About")!.eachRow((row) => texts.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(texts.get("ციტირება")).toBe((await db.prisma.dataset.findUniqueOrThrow({ where: { slug } })).citation);
    expect(texts.get("დიაგრამა")).toMatch(/\w/);
    expect(texts.get("სვეტი")).toBe("რას შეიცავს");
    expect(texts.has("Citation")).toBe(false);
    const refused = await route(new Request(`http://localhost/api/v1/datasets/${slug}/charts/goods?format=xlsx&lang=de`), params);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.param).toBe("lang");
  });

  it.each([
    ["?currency=yen", "currency", "invalid_parameter"],
    ["?year_from=abc", "year_from", "invalid_parameter"],
    ["?colour=red", "colour", "unknown_parameter"],
    ["?format=pdf", "format", "invalid_parameter"],
    ["?unit=USD&unit=RUB", "unit", "repeated_parameter"],
  ])("answers %s with a 400 naming the parameter", async (query, param, code) => {
    const { status, body } = await call("ledger", query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ param, code });
  });

  it("answers an unknown chart or dataset with a 404 naming it", async () => {
    const chart = await call("pie");
    expect([chart.status, chart.body.error.param]).toEqual([404, "chart"]);
    const dataset = await call("ledger", "", "no-such-dataset");
    expect([dataset.status, dataset.body.error.param]).toEqual([404, "slug"]);
  });
});

describe("the chart data of a dataset too large to draw whole", () => {
  const SLUG = "chart-data-at-scale";

  beforeAll(async () => {
    const { generateFiguresCsv } = await import("@/tests/helpers/generate-figures-csv");
    const { importBytes } = await import("@/tests/helpers/import-db");
    const result = await importBytes(db.prisma, new TextEncoder().encode(generateFiguresCsv(600, { dataset: SLUG, prefix: "cd" })));
    expect([result.status, result.problems.slice(0, 3)]).toEqual(["applied", []]);
  }, 120_000);

  it("leaves out the rows the chart leaves out, and says so with the explore link", async () => {
    const { status, body } = await call("ledger", "", SLUG);
    expect(status, JSON.stringify(body)).toBe(200);
    const bars = body.data.rows.filter((row: { row_type: string }) => row.row_type === "bar");
    expect(bars).toHaveLength(40);
    expect(body.data.caps).toHaveLength(1);
    expect(body.data.caps[0]).toMatchObject({ shown: 40 });
    expect(body.data.caps[0].total).toBeGreaterThan(40);
    expect(body.data.caps[0].href).toContain(`dataset=${SLUG}`);
    const marks = body.data.rows.map((row: { mark: string }) => row.mark);
    const { loadOverview } = await import("@/lib/views/overview");
    const { view } = (await loadOverview(SLUG, {}))!;
    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    expect(marks.filter((mark: string) => view.ledger.ok && view.ledger.data.groups.some((group) => group.rows.some((row) => row.key === mark)))).toHaveLength(40);
  });
});
