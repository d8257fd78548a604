import { describe, expect, it } from "vitest";
import { figuresQuerySchema } from "@/lib/schemas/api/figures-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";
import { DEFAULT_VISIBLE_COLUMNS, figuresView } from "@/lib/views/figures";

const {
  href: figuresViewHref,
  toApiParams: figuresViewToApiParams,
  parse: parseFiguresView,
  visibleColumns,
  withChanges: withViewChanges,
  withoutFilters,
} = figuresView;

// The explore page's URL state: the same parameters as the API, parsed leniently.

describe("parseFiguresView", () => {
  it("reads the API's parameters with the API's schema", () => {
    const { view, notices } = parseFiguresView({ from: "USSR", to: "PRC", unit: "RUB,t", sort: "-value", limit: "10", page: "2" });
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ from: ["USSR"], to: ["PRC"], unit: ["RUB", "t"], sort: "-value", limit: 10, page: 2 });
  });

  it("falls back to defaults with a notice for each bad part, never throwing", () => {
    // A unit that is not a code at all; a well-formed unknown one ("furlongs") is refused by the data (lib/data/figures/check-codes.ts).
    const { view, notices } = parseFiguresView({ unit: "fur-longs", limit: "0", colour: "red", sort: "-nonsense" });
    expect(view.unit).toBeUndefined();
    expect(view.limit).toBe(100);
    expect(view.sort).toBe("id");
    expect(notices.map((notice) => notice.param).sort()).toEqual(["colour", "limit", "sort", "unit"]);
  });

  it("treats empty fields (a filter form sent without JavaScript) as absent, silently", () => {
    const { view, notices } = parseFiguresView({ from: "", q: "", unit: "t" });
    expect(notices).toEqual([]);
    expect(view.from).toBeUndefined();
    expect(view.q).toBeUndefined();
    expect(view.unit).toEqual(["t"]);
  });

  it("drops an end year before the start year, with a notice", () => {
    const { view, notices } = parseFiguresView({ year_from: "1960", year_to: "1950" });
    expect(view.year_from).toBe(1960);
    expect(view.year_to).toBeUndefined();
    expect(notices.map((notice) => notice.param)).toEqual(["year_to"]);
  });

  it("refuses the API-only cursor and format on a page", () => {
    const { notices } = parseFiguresView({ cursor: "abc.def", format: "csv" });
    expect(notices.map((notice) => notice.param).sort()).toEqual(["cursor", "format"]);
  });

  it("reads cols, always keeping the label column, in table order", () => {
    const { view } = parseFiguresView({ cols: "unit,value" });
    expect(visibleColumns(view)).toEqual(["label", "value", "unit"]);
    expect(visibleColumns(parseFiguresView({}).view)).toEqual(DEFAULT_VISIBLE_COLUMNS);
    expect(parseFiguresView({ cols: "value,shoe-size" }).notices.map((notice) => notice.param)).toEqual(["cols"]);
  });
});

describe("figuresViewToApiParams", () => {
  it("maps a page view to the API query for the same rows", () => {
    const { view } = parseFiguresView({ from: "PRC", category: "commodity_exports", sort: "-value", limit: "25", page: "3", cols: "value" });
    const params = figuresViewToApiParams(view);
    expect(Object.fromEntries(params)).toEqual({ from: "PRC", category: "commodity_exports", sort: "-value", limit: "25", page: "3" });
    // The API accepts it and reads the same query.
    const query = parseQuery(figuresQuerySchema, params);
    expect(query).toMatchObject({ from: view.from, category: view.category, sort: view.sort, limit: view.limit, page: view.page });
  });

  it("leaves out defaults, so the default view is the bare endpoint", () => {
    expect(figuresViewToApiParams(parseFiguresView({}).view).toString()).toBe("");
    expect(figuresViewToApiParams(parseFiguresView({ sort: "id", limit: "100", page: "1" }).view).toString()).toBe("");
  });

  it("round-trips every filter through the page URL", () => {
    const raw = {
      dataset: "sino-soviet-1950-1980",
      from: "USSR,none",
      to: "PRC",
      category: "credits_loans",
      unit: "RUB",
      qualifier: "more_than",
      phase: "friendship",
      year_from: "1950",
      year_to: "1962",
      q: "credit 100%",
      parent: "none",
      derived: "false",
      flag: "ruble_basis_not_stated",
    };
    const { view, notices } = parseFiguresView(raw);
    expect(notices).toEqual([]);
    const again = parseFiguresView(Object.fromEntries(new URL(figuresViewHref(view), "http://x").searchParams));
    expect(again.view).toEqual(view);
    expect(Object.fromEntries(figuresViewToApiParams(view))).toEqual(raw);
  });
});

describe("view changes", () => {
  const { view } = parseFiguresView({ unit: "t", sort: "-value", page: "4", cols: "value" });

  it("returns to page 1 when filters or the sort change, not when columns change", () => {
    expect(withViewChanges(view, { sort: "label" }).page).toBeUndefined();
    expect(withViewChanges(view, { unit: ["RUB"] }).page).toBeUndefined();
    expect(withViewChanges(view, { cols: ["label"] }).page).toBe(4);
    expect(withViewChanges(view, { page: 2 }).page).toBe(2);
  });

  it("clears every filter but keeps the sort, page size and columns", () => {
    const cleared = withoutFilters(view);
    expect(cleared.unit).toBeUndefined();
    expect(cleared.sort).toBe("-value");
    expect(figuresViewHref(cleared)).toBe("/figures?sort=-value&cols=label%2Cvalue");
  });
});
