import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { EVENT_CSV_HEADERS } from "@/lib/export/csv/event-columns";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";
import { translator } from "@/tests/helpers/translator";

// format=xlsx on the list endpoints, read back with exceljs: the CSV's rows and columns, numbers
// as numeric cells, dates and partial dates as text, the qualifier in its own column, and a second
// sheet with the citation, the licence and every column's description.

type Handler = (request: Request, context: never) => Promise<Response>;
let db: TempDb;
let figures: Handler;
let events: Handler;

beforeAll(async () => {
  db = await openSeededApiDb();
  figures = (await import("@/app/api/v1/figures/route")).GET;
  events = (await import("@/app/api/v1/events/route")).GET;
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

async function workbookOf(handler: Handler, path: string) {
  const response = await handler(new Request(`http://localhost${path}`), {} as never);
  expect(response.status, response.status === 200 ? "" : await response.text()).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return { workbook, disposition: response.headers.get("content-disposition") ?? "" };
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

describe("format=xlsx on /api/v1/figures", () => {
  it("writes every matching figure with numeric values, text dates and the qualifier column", async () => {
    const dataset = await db.prisma.dataset.findFirstOrThrow();
    const { workbook, disposition } = await workbookOf(figures, `/api/v1/figures?format=xlsx&dataset=${dataset.slug}&sort=id`);
    expect(disposition).toMatch(/^attachment; filename="aidflow-.*-figures-.*\.xlsx"$/);
    const sheet = workbook.getWorksheet("Figures")!;
    expect(headerOf(sheet)).toEqual([...FIGURE_CSV_HEADERS]);
    const stored = await db.prisma.figure.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" } });
    expect(sheet.actualRowCount - 1).toBe(stored.length);
    const column = (header: string) => FIGURE_CSV_HEADERS.indexOf(header as never) + 1;
    stored.forEach((figure, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(column("key")).value).toBe(figure.key);
      expect(row.getCell(column("value")).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(column("value")).value).toBe(figure.value);
      expect(row.getCell(column("qualifier")).value).toBe(figure.qualifier);
      expect(row.getCell(column("year_start")).value).toBe(figure.yearStart);
      const start = row.getCell(column("period_start"));
      if (figure.periodStart === null) expect(start.value).toBeNull();
      else {
        expect(start.type).toBe(ExcelJS.ValueType.String);
        expect(start.value).toBe(figure.periodStart);
      }
    });
    // A partial date stays text: "1950-02" is never an Excel date.
    expect(stored.some((figure) => figure.periodStart?.length === 7 || figure.periodStart?.length === 4)).toBe(true);
  });

  it("adds a second sheet with the citation, the licence and the column descriptions", async () => {
    const dataset = await db.prisma.dataset.findFirstOrThrow();
    const { workbook } = await workbookOf(figures, `/api/v1/figures?format=xlsx&dataset=${dataset.slug}&category=credits_loans`);
    const about = workbook.getWorksheet("About")!;
    const texts = new Map<string, string>();
    about.eachRow((row) => texts.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(texts.get("Citation")).toBe(dataset.citation);
    expect(texts.get("Licence")).toBe(dataset.licence);
    for (const header of FIGURE_CSV_HEADERS) expect(texts.get(header), header).toMatch(/\w/);
    expect(texts.get("qualifier")).toMatch(/qualif|exact|approx/i);
  });

  it("refuses more rows than a sheet holds with a 400 naming the limit and pointing at CSV", async () => {
    vi.doMock("@/lib/data/figures/count", () => ({ countFigures: async () => 1_048_576 }));
    vi.resetModules();
    const route = (await import("@/app/api/v1/figures/route")).GET as Handler;
    const { status, body } = await callRoute(route, "/api/v1/figures?format=xlsx");
    vi.doUnmock("@/lib/data/figures/count");
    expect(status).toBe(400);
    expect(body.error.param).toBe("format");
    expect(body.error.message).toContain("1,048,575");
    expect(body.error.message).toContain("format=csv");
  });

  it("names format in the 400 for an unknown format", async () => {
    const { status, body } = await callRoute(figures, "/api/v1/figures?format=xls");
    expect(status).toBe(400);
    expect(body.error.param).toBe("format");
  });
});

describe("format=xlsx on /api/v1/events", () => {
  it("writes every event with its dates as text", async () => {
    const { workbook } = await workbookOf(events, "/api/v1/events?format=xlsx");
    const sheet = workbook.getWorksheet("Events")!;
    expect(headerOf(sheet)).toEqual([...EVENT_CSV_HEADERS]);
    const stored = await db.prisma.event.findMany({ orderBy: [{ date: "asc" }, { id: "asc" }] });
    expect(sheet.actualRowCount - 1).toBe(stored.length);
    const dateColumn = EVENT_CSV_HEADERS.indexOf("date") + 1;
    const idColumn = EVENT_CSV_HEADERS.indexOf("id") + 1;
    const dates = new Map(stored.map((event) => [event.id, event.date]));
    for (let index = 2; index <= sheet.actualRowCount; index++) {
      const row = sheet.getRow(index);
      expect(row.getCell(idColumn).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(dateColumn).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(dateColumn).value).toBe(dates.get(row.getCell(idColumn).value as number));
    }
    expect(workbook.getWorksheet("About")).toBeDefined();
  });
});

function aboutTexts(workbook: ExcelJS.Workbook): Map<string, string> {
  const texts = new Map<string, string>();
  workbook.getWorksheet("About")!.eachRow((row) => texts.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  return texts;
}

const GEORGIAN = /[\u10D0-\u10FF]/;

// format=xlsx&lang=ka: the About sheet in Georgian (labels, the column descriptions, the note that
// the source is quoted as printed), the data sheet's headers and codes unchanged; and lang is
// checked like any other parameter.
describe("format=xlsx&lang=ka", () => {
  const ka = translator("ka", "export");

  it("writes the figures' About sheet in Georgian and keeps the data sheet's English codes", async () => {
    const dataset = await db.prisma.dataset.findFirstOrThrow();
    const { workbook } = await workbookOf(figures, `/api/v1/figures?format=xlsx&lang=ka&dataset=${dataset.slug}`);
    const sheet = workbook.getWorksheet("Figures")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...FIGURE_CSV_HEADERS]);
    const texts = aboutTexts(workbook);
    expect(texts.get(ka("about.export"))).toBe(ka("about.titleFigures"));
    expect(texts.get(ka("about.dataset"))).toBe(`${dataset.title}, ვერსია ${dataset.version}`);
    // The data's own words stay as printed: the citation and the licence are not translated.
    expect(texts.get(ka("about.citation"))).toBe(dataset.citation);
    expect(texts.get(ka("about.licence"))).toBe(dataset.licence);
    expect(texts.get(ka("about.language"))).toBe(ka("about.languageText"));
    expect(texts.get(ka("about.column"))).toBe(ka("about.whatItHolds"));
    expect([...texts.keys()]).not.toContain("Citation");
    for (const header of FIGURE_CSV_HEADERS) expect(texts.get(header), header).toMatch(GEORGIAN);
    // Code lists keep their codes, and a text column keeps its formula warning, in Georgian.
    expect(texts.get("qualifier")).toContain("more_than");
    expect(texts.get("category")).toContain("credits_loans");
    expect(texts.get("label")).toContain(ka("textGuard").trim());
    expect(texts.get("id")).toContain("/figures/{id}");
  });

  it("writes the events' About sheet in Georgian", async () => {
    const { workbook } = await workbookOf(events, "/api/v1/events?format=xlsx&lang=ka");
    expect((workbook.getWorksheet("Events")!.getRow(1).values as unknown[]).slice(1)).toEqual([...EVENT_CSV_HEADERS]);
    const texts = aboutTexts(workbook);
    expect(texts.get(ka("about.export"))).toBe(ka("about.titleEvents"));
    for (const header of EVENT_CSV_HEADERS) expect(texts.get(header), header).toMatch(GEORGIAN);
    expect(texts.get("type")).toContain("signing");
  });

  it("keeps English without lang, and with lang=en", async () => {
    for (const path of ["/api/v1/events?format=xlsx", "/api/v1/events?format=xlsx&lang=en"]) {
      const texts = aboutTexts((await workbookOf(events, path)).workbook);
      expect(texts.get("Export")).toBe("Aidflow events");
      expect(texts.get("Column")).toBe("What it holds");
      expect(texts.get("label")).not.toMatch(GEORGIAN);
    }
  });

  it("answers 400 naming lang for an unknown or repeated language", async () => {
    for (const path of ["/api/v1/figures?format=xlsx&lang=fr", "/api/v1/figures?format=xlsx&lang=ka&lang=en", "/api/v1/events?lang=xx"]) {
      const { status, body } = await callRoute(path.startsWith("/api/v1/events") ? events : figures, path);
      expect(status, path).toBe(400);
      expect(body.error.param).toBe("lang");
    }
  });
});
