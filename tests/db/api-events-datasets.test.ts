import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";
import { EVENT_CSV_HEADERS } from "@/lib/export/csv/event-columns";
import { datasetDetailDtoSchema, datasetDtoSchema } from "@/lib/schemas/api/dataset-response";
import { eventDtoSchema } from "@/lib/schemas/api/event-response";
import { eventsQuerySchema } from "@/lib/schemas/api/events-query";
import { figuresQuerySchema } from "@/lib/schemas/api/figures-query";
import { foldForSearch } from "@/lib/schemas/text";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";
import { EXPORT_LANG_PARAMETER } from "@/lib/export/xlsx/export-locale";

// GET /api/v1/events, /api/v1/datasets(/{slug}) and /api/v1/openapi.json against the real dataset.

type Handler = (request: Request, context: never) => Promise<Response>;
let db: TempDb;
let events: Handler;
let datasets: Handler;
let dataset: Handler;
let openapi: Handler;

interface PlainEvent {
  id: number;
  date: string;
  type: string;
  yearStart: number;
  yearEnd: number;
  phaseKey: string | null;
  actors: string[];
  searchText: string;
}
let rows: PlainEvent[];

const bytes = (text: string) => Buffer.from(text);
const chronological = (list: PlainEvent[]) =>
  [...list].sort((a, b) => Buffer.compare(bytes(a.date), bytes(b.date)) || a.id - b.id).map((e) => e.id);

async function eventIds(query: string): Promise<number[]> {
  const { status, body } = await callRoute(events, `/api/v1/events?limit=1000${query ? `&${query}` : ""}`);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.meta.total).toBe(body.data.length);
  return body.data.map((e: { id: number }) => e.id);
}

beforeAll(async () => {
  db = await openSeededApiDb();
  events = (await import("@/app/api/v1/events/route")).GET;
  datasets = (await import("@/app/api/v1/datasets/route")).GET;
  dataset = (await import("@/app/api/v1/datasets/[slug]/route")).GET;
  openapi = (await import("@/app/api/v1/openapi.json/route")).GET;
  const stored = await db.prisma.event.findMany({ include: { phase: true, actors: { include: { actor: true } } } });
  rows = stored.map((e) => ({
    id: e.id,
    date: e.date,
    type: e.type,
    yearStart: e.yearStart,
    yearEnd: e.yearEnd,
    phaseKey: e.phase?.key ?? null,
    actors: e.actors.map((link) => link.actor.code),
    searchText: e.searchText,
  }));
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("GET /api/v1/events", () => {
  it("lists events by date, then id, in the documented shape", async () => {
    const { status, body, headers } = await callRoute(events, "/api/v1/events");
    expect(status).toBe(200);
    expect(headers.get("etag")).toBeTruthy();
    expect(body.meta).toMatchObject({ total: rows.length, limit: 100, page: 1 });
    expect(body.data.map((e: { id: number }) => e.id)).toEqual(chronological(rows).slice(0, 100));
    for (const event of body.data) eventDtoSchema.parse(event);
  });

  it("filters by phase, type, actor, years and text", async () => {
    const phase = rows.find((e) => e.phaseKey !== null)!.phaseKey!;
    expect(await eventIds(`phase=${phase}`)).toEqual(chronological(rows.filter((e) => e.phaseKey === phase)));
    const types = [...new Set(rows.map((e) => e.type))].slice(0, 2);
    expect(await eventIds(`type=${types.join(",")}`)).toEqual(chronological(rows.filter((e) => types.includes(e.type))));
    const actor = rows.find((e) => e.actors.length > 0)!.actors[0]!;
    expect(await eventIds(`actor=${actor}`)).toEqual(chronological(rows.filter((e) => e.actors.includes(actor))));
    expect(await eventIds("year_from=1955&year_to=1960")).toEqual(
      chronological(rows.filter((e) => e.yearEnd >= 1955 && e.yearStart <= 1960)),
    );
    const word = "TREATY";
    const ids = await eventIds(`q=${word}`);
    expect(ids).toEqual(chronological(rows.filter((e) => e.searchText.includes(foldForSearch(word)))));
  });

  it("sorts descending by date and pages by number", async () => {
    const all = await eventIds("sort=-date");
    expect(all).toEqual(
      [...rows].sort((a, b) => Buffer.compare(bytes(b.date), bytes(a.date)) || a.id - b.id).map((e) => e.id),
    );
    const seen: number[] = [];
    let next: string | null = "http://localhost/api/v1/events?sort=-date&limit=10";
    while (next) {
      const { body } = await callRoute(events, next.replace("http://localhost", ""));
      seen.push(...body.data.map((e: { id: number }) => e.id));
      next = body.links.next;
    }
    expect(seen).toEqual(all);
  });

  it("exports every matching event as CSV", async () => {
    const { status, headers, text } = await callRoute(events, "/api/v1/events?format=csv&limit=1");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="aidflow-all-events-all-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...lines] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(EVENT_CSV_HEADERS);
    expect(lines.map((line) => Number(line[0]))).toEqual(chronological(rows));
  });
});

describe("GET /api/v1/datasets", () => {
  it("lists datasets with counts taken from the database", async () => {
    const { status, body } = await callRoute(datasets, "/api/v1/datasets");
    expect(status).toBe(200);
    const stored = await db.prisma.dataset.findMany({ orderBy: { slug: "asc" } });
    expect(body.data.map((d: { slug: string }) => d.slug)).toEqual(stored.map((d) => d.slug));
    for (const item of body.data) {
      const parsed = datasetDtoSchema.parse(item);
      const id = stored.find((d) => d.slug === parsed.slug)!.id;
      expect(parsed.counts).toEqual({
        figures: await db.prisma.figure.count({ where: { datasetId: id } }),
        events: await db.prisma.event.count({ where: { datasetId: id } }),
        sources: await db.prisma.source.count({ where: { datasetId: id } }),
      });
    }
  });

  it("answers one dataset with its version, citation and changelog", async () => {
    const stored = await db.prisma.dataset.findFirstOrThrow({ include: { changelog: { orderBy: { version: "desc" } } } });
    const { status, body } = await callRoute(dataset, `/api/v1/datasets/${stored.slug}`, { params: { slug: stored.slug } });
    expect(status).toBe(200);
    const detail = datasetDetailDtoSchema.parse(body.data);
    expect(detail).toMatchObject({ slug: stored.slug, version: stored.version, citation: stored.citation, lastUpdated: stored.lastUpdated });
    expect(detail.changelog).toEqual(stored.changelog.map(({ version, date, summary }) => ({ version, date, summary })));
  });

  it("answers the metadata the dataset file gives: its sides and headline figures, by key", async () => {
    const stored = await db.prisma.dataset.findFirstOrThrow();
    const file = loadDatasetFile(DATASET_FILES[0]!);
    const { body } = await callRoute(dataset, `/api/v1/datasets/${stored.slug}`, { params: { slug: stored.slug } });
    const detail = datasetDetailDtoSchema.parse(body.data);
    expect(detail.meta).toEqual(file.dataset.meta);
    expect(detail.meta.sides).toBeDefined();
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents every query parameter the schemas accept, with their defaults", async () => {
    const { status, body } = await callRoute(openapi, "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const names = (path: string) =>
      body.paths[path].get.parameters.filter((p: { in?: string }) => p.in === "query").map((p: { name: string }) => p.name);
    // The lists also take the XLSX language, which the route reads before the schema.
    expect(names("/api/v1/figures")).toEqual([...Object.keys(figuresQuerySchema.shape), EXPORT_LANG_PARAMETER.name]);
    expect(names("/api/v1/events")).toEqual([...Object.keys(eventsQuerySchema.shape), EXPORT_LANG_PARAMETER.name]);
    const limit = body.paths["/api/v1/figures"].get.parameters.find((p: { name: string }) => p.name === "limit");
    expect(limit.schema.default).toBe(100);
    expect(body.paths["/api/v1/figures"].get.description).toMatch(/format=csv/);
    for (const name of ["Figure", "FigureDetail", "FigureList", "Event", "Dataset", "DatasetDetail", "Error"])
      expect(body.components.schemas[name], name).toBeTruthy();
    // Every $ref points at something the document defines.
    const refs = JSON.stringify(body).match(/"\$ref":"#\/components\/[^"]+"/g) ?? [];
    for (const ref of refs) {
      const [, , group, name] = ref.slice(8, -1).split("/");
      expect(body.components[group!]?.[name!], ref).toBeTruthy();
    }
  });
});
