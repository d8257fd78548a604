import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { callRoute, closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// Bad input, one row per kind of mistake. Every answer must be a 4xx in the one error shape,
// naming the parameter to fix; none may be a 500.

type Handler = (request: Request, context: never) => Promise<Response>;
interface Routes {
  figures: Handler;
  figure: Handler;
  events: Handler;
  datasets: Handler;
  dataset: Handler;
  openapi: Handler;
}
interface Context {
  cursor: string;
  tamperedCursor: string;
  figureCount: number;
}
interface Case {
  kind: string;
  route: keyof Routes;
  /** The query string, or for figure/dataset the path parameter and query. */
  query: string | ((ctx: Context) => string);
  params?: Record<string, string>;
  status: 400 | 404;
  code: string;
  param: string;
}

const PATHS: Record<keyof Routes, string> = {
  figures: "/api/v1/figures",
  figure: "/api/v1/figures/x",
  events: "/api/v1/events",
  datasets: "/api/v1/datasets",
  dataset: "/api/v1/datasets/x",
  openapi: "/api/v1/openapi.json",
};

const bad = (kind: string, query: Case["query"], param: string, code = "invalid_parameter"): Case => ({
  kind,
  route: "figures",
  query,
  status: 400,
  code,
  param,
});

const CASES: Case[] = [
  bad("unknown parameter", "foo=1", "foo", "unknown_parameter"),
  bad("misspelt parameter", "catgory=military", "catgory", "unknown_parameter"),
  bad("parameter named __proto__", "__proto__=1", "__proto__", "unknown_parameter"),
  bad("repeated limit", "limit=1&limit=2", "limit", "repeated_parameter"),
  bad("repeated filter, even with equal values", "category=military&category=military", "category", "repeated_parameter"),
  bad("limit zero", "limit=0", "limit"),
  bad("limit over the maximum", "limit=1001", "limit"),
  bad("limit far over the maximum", "limit=99999999999999999999", "limit"),
  bad("limit not a number", "limit=abc", "limit"),
  bad("limit with a fraction", "limit=1.5", "limit"),
  bad("limit negative", "limit=-1", "limit"),
  bad("limit empty", "limit=", "limit"),
  bad("limit in exponent form", "limit=1e3", "limit"),
  bad("limit in hex", "limit=0x10", "limit"),
  bad("limit with a leading space", "limit=%205", "limit"),
  bad("limit with a leading zero", "limit=05", "limit"),
  bad("page zero", "page=0", "page"),
  bad("page negative", "page=-1", "page"),
  bad("page not a number", "page=abc", "page"),
  bad("page and cursor together", (ctx) => `page=2&cursor=${ctx.cursor}`, "cursor", "conflicting_parameters"),
  bad("cursor with characters a cursor never has", "cursor=%21%21%21", "cursor"),
  bad("cursor made up in the right alphabet", "cursor=abc.def", "cursor", "invalid_cursor"),
  bad("cursor edited", (ctx) => `cursor=${ctx.tamperedCursor}`, "cursor", "invalid_cursor"),
  bad("cursor used with another sort", (ctx) => `sort=-id&cursor=${ctx.cursor}`, "cursor", "invalid_cursor"),
  bad("cursor used with other filters", (ctx) => `derived=true&cursor=${ctx.cursor}`, "cursor", "invalid_cursor"),
  bad("unknown category", "category=bribes", "category"),
  bad("category list with an empty item", "category=military,", "category"),
  bad("unknown unit", "unit=dollars", "unit"),
  bad("unit in the wrong case", "unit=usd", "unit"),
  bad("unknown qualifier", "qualifier=roughly", "qualifier"),
  bad("unknown actor in from", "from=ATLANTIS", "from"),
  bad("malformed actor code in from", "from=ussr", "from"),
  bad("unknown actor in to", "to=USSR,NOPE", "to"),
  bad("unknown phase", "phase=golden-age", "phase"),
  bad("malformed phase key", "phase=Golden%20Age", "phase"),
  bad("unknown dataset filter", "dataset=no-such-dataset", "dataset"),
  bad("unknown sort key", "sort=price", "sort"),
  bad("sort with two minus signs", "sort=--id", "sort"),
  bad("unknown format", "format=xml", "format"),
  bad("unknown flag", "flag=dubious", "flag"),
  bad("inverted year range", "year_from=1960&year_to=1950", "year_to"),
  bad("year before 1800", "year_from=1799", "year_from"),
  bad("year after 2100", "year_to=2101", "year_to"),
  bad("year with letters", "year_from=19x0", "year_from"),
  bad("q over 200 characters", `q=${"a".repeat(201)}`, "q"),
  bad("q with a control character", "q=a%00b", "q"),
  bad("q with malformed percent-encoding", "q=%ZZ", "q"),
  bad("q with bytes that are not UTF-8", "q=caf%C3%28", "q"),
  bad("q cut in the middle of a character", "limit=5&q=%E0%A4", "q"),
  bad("derived not a boolean", "derived=yes", "derived"),
  bad("parent not an id", "parent=abc", "parent"),
  bad("parent zero", "parent=0", "parent"),
  bad("bom not a boolean", "format=csv&bom=1", "bom"),
  bad("bad filter with format=csv (checked before streaming)", "format=csv&from=ATLANTIS", "from"),
  { kind: "figure id not a number", route: "figure", query: "", params: { id: "abc" }, status: 400, code: "invalid_parameter", param: "id" },
  { kind: "figure id zero", route: "figure", query: "", params: { id: "0" }, status: 400, code: "invalid_parameter", param: "id" },
  { kind: "figure id negative", route: "figure", query: "", params: { id: "-1" }, status: 400, code: "invalid_parameter", param: "id" },
  { kind: "figure id with a fraction", route: "figure", query: "", params: { id: "1.5" }, status: 400, code: "invalid_parameter", param: "id" },
  { kind: "figure id unknown", route: "figure", query: "", params: { id: "99999999" }, status: 404, code: "not_found", param: "id" },
  { kind: "figure with a query parameter", route: "figure", query: "expand=all", params: { id: "1" }, status: 400, code: "unknown_parameter", param: "expand" },
  { kind: "dataset slug unknown", route: "dataset", query: "", params: { slug: "no-such-dataset" }, status: 404, code: "not_found", param: "slug" },
  { kind: "dataset slug malformed", route: "dataset", query: "", params: { slug: "Bad_Slug" }, status: 400, code: "invalid_parameter", param: "slug" },
  { kind: "datasets with a parameter", route: "datasets", query: "page=1", status: 400, code: "unknown_parameter", param: "page" },
  { kind: "events with an unknown phase", route: "events", query: "phase=golden-age", status: 400, code: "invalid_parameter", param: "phase" },
  { kind: "events with an unknown type", route: "events", query: "type=party", status: 400, code: "invalid_parameter", param: "type" },
  { kind: "events with an unknown actor", route: "events", query: "actor=ATLANTIS", status: 400, code: "invalid_parameter", param: "actor" },
  { kind: "events with a figures-only sort", route: "events", query: "sort=value", status: 400, code: "invalid_parameter", param: "sort" },
  { kind: "events with a cursor (events page by number)", route: "events", query: "cursor=abc.def", status: 400, code: "unknown_parameter", param: "cursor" },
  { kind: "events with an inverted year range", route: "events", query: "year_from=1970&year_to=1960", status: 400, code: "invalid_parameter", param: "year_to" },
  { kind: "events with limit in exponent form", route: "events", query: "limit=1e2", status: 400, code: "invalid_parameter", param: "limit" },
  { kind: "events with a repeated parameter", route: "events", query: "type=visit&type=visit", status: 400, code: "repeated_parameter", param: "type" },
  { kind: "openapi.json with a parameter", route: "openapi", query: "v=2", status: 400, code: "unknown_parameter", param: "v" },
];

let db: TempDb;
let routes: Routes;
const ctx: Context = { cursor: "", tamperedCursor: "", figureCount: 0 };

beforeAll(async () => {
  db = await openSeededApiDb();
  routes = {
    figures: (await import("@/app/api/v1/figures/route")).GET,
    figure: (await import("@/app/api/v1/figures/[id]/route")).GET,
    events: (await import("@/app/api/v1/events/route")).GET,
    datasets: (await import("@/app/api/v1/datasets/route")).GET,
    dataset: (await import("@/app/api/v1/datasets/[slug]/route")).GET,
    openapi: (await import("@/app/api/v1/openapi.json/route")).GET,
  };
  const first = await callRoute(routes.figures, "/api/v1/figures?limit=2");
  ctx.cursor = first.body.meta.nextCursor;
  ctx.figureCount = first.body.meta.total;
  // Change the id inside the payload, keep the checksum: what a client editing the cursor does.
  const [payload, mac] = ctx.cursor.split(".");
  const decoded = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
  decoded[4] = decoded[4] + 1;
  ctx.tamperedCursor = `${Buffer.from(JSON.stringify(decoded)).toString("base64url")}.${mac}`;
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

describe("bad input", () => {
  it("covers at least 35 distinct kinds", () => {
    expect(new Set(CASES.map((c) => c.kind)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(35);
    expect(ctx.cursor).toMatch(/\./);
    expect(ctx.figureCount).toBeGreaterThan(2);
  });

  it.each(CASES.map((c) => [c.kind, c] as const))("%s", async (_kind, c) => {
    const query = typeof c.query === "function" ? c.query(ctx) : c.query;
    const path = `${PATHS[c.route]}${query ? `?${query}` : ""}`;
    const { status, headers, body } = await callRoute(routes[c.route], path, { params: c.params });
    expect(status, JSON.stringify(body)).toBe(c.status);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(headers.get("cache-control")).toBe("no-store");
    const { error } = errorResponseSchema.parse(body);
    expect(error.code).toBe(c.code);
    expect(error.param).toBe(c.param);
    expect(error.message.startsWith(`${c.param}:`), error.message).toBe(true);
    expect(error.message.length).toBeLessThan(600);
  });

  it("answers 500 with a fixed message, logging the cause and leaking nothing", async () => {
    const { withApiErrors } = await import("@/lib/api/errors");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = withApiErrors(async (request: Request) => {
      void request;
      throw new Error("SQLITE_CORRUPT at /secret/path.db");
    });
    const response = await handler(new Request("http://localhost/api/v1/figures"));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal_error", message: expect.any(String), param: null },
    });
    expect(text).not.toMatch(/secret|SQLITE|at \//);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
