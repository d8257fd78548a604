import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { tallyFigureFacets } from "@/tests/helpers/figure-facets";
import type { TempDb } from "@/tests/helpers/temp-db";

// The page reads behind /figures, /events and the figure page's 404, against the seeded dataset.
// A value only the database can reject (an unknown actor or phase) is dropped with a notice, and
// the rest of the view still applies.

let db: TempDb;
let figuresView: typeof import("@/lib/views/figures/load");
let eventsView: typeof import("@/lib/views/events/load");
let pageExists: typeof import("@/lib/data/figures/page-exists");
let urlFigures: (typeof import("@/lib/views/figures"))["figuresView"];
let urlEvents: (typeof import("@/lib/views/events"))["eventsView"];

beforeAll(async () => {
  db = await openSeededApiDb();
  figuresView = await import("@/lib/views/figures/load");
  eventsView = await import("@/lib/views/events/load");
  pageExists = await import("@/lib/data/figures/page-exists");
  urlFigures = (await import("@/lib/views/figures")).figuresView;
  urlEvents = (await import("@/lib/views/events")).eventsView;
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("listFiguresForView", () => {
  it("applies the view's filters, sort and page", async () => {
    const { view } = urlFigures.parse({ unit: "t", sort: "-value", limit: "3", page: "2" });
    const result = await figuresView.listFiguresForView(view);
    const tons = await db.prisma.figure.findMany({ where: { unit: "t" }, orderBy: [{ value: "desc" }, { id: "asc" }] });
    expect(result.total).toBe(tons.length);
    expect(result.rows.map((row) => row.id)).toEqual(tons.slice(3, 6).map((row) => row.id));
    expect(result.notices).toEqual([]);
  });

  it("drops an unknown actor with a notice and keeps the other filters", async () => {
    const { view } = urlFigures.parse({ from: "ATLANTIS", unit: "t" });
    const result = await figuresView.listFiguresForView(view);
    expect(result.notices.map((notice) => notice.param)).toEqual(["from"]);
    expect(result.notices[0]!.message).toContain("ATLANTIS");
    expect(result.view.from).toBeUndefined();
    expect(result.total).toBe(await db.prisma.figure.count({ where: { unit: "t" } }));
  });
});

describe("listEventsForView", () => {
  it("lists every event by default and drops an unknown phase with a notice", async () => {
    const all = await eventsView.listEventsForView(urlEvents.parse({}).view);
    expect(all.rows.length).toBe(await db.prisma.event.count());
    const bad = await eventsView.listEventsForView(urlEvents.parse({ phase: "no-such-phase" }).view);
    expect(bad.notices.map((notice) => notice.param)).toEqual(["phase"]);
    expect(bad.total).toBe(all.total);
  });
});

describe("isMissingFigurePage", () => {
  it("is true only for figure pages whose id is malformed or unknown", async () => {
    const existing = await db.prisma.figure.findFirstOrThrow({ orderBy: { id: "asc" } });
    const max = await db.prisma.figure.aggregate({ _max: { id: true } });
    expect(await pageExists.isMissingFigurePage(`/figures/${existing.id}`)).toBe(false);
    expect(await pageExists.isMissingFigurePage(`/figures/${existing.id}/`)).toBe(false);
    expect(await pageExists.isMissingFigurePage(`/figures/${max._max.id! + 1}`)).toBe(true);
    for (const id of ["abc", "0", "01", "1e3", "-1", "%E0", "99999999999"])
      expect(await pageExists.isMissingFigurePage(`/figures/${id}`), id).toBe(true);
    for (const path of ["/figures", "/figures/", "/events", "/curate/figures/1", "/api/v1/figures/abc"])
      expect(await pageExists.isMissingFigurePage(path), path).toBe(false);
  });
});

describe("getFigureFacets", () => {
  it("counts in the database exactly what a tally of every figure counts", async () => {
    const { getFigureFacets } = await import("@/lib/data/figures/facets");
    expect(await getFigureFacets()).toEqual(await tallyFigureFacets(db.prisma));
  });
});
