import { describe, expect, it } from "vitest";
import { figuresQuerySchema } from "@/lib/schemas/api/figures-query";
import { parseQuery, safeParseQuery } from "@/lib/schemas/api/parse-query";
import { QueryError } from "@/lib/schemas/api/query-error";
import { paramsToRecord } from "@/lib/schemas/api/search-params";

describe("query parsing", () => {
  it("fills defaults and parses lists, integers and booleans", () => {
    expect(parseQuery(figuresQuerySchema, new URLSearchParams(""))).toEqual({ sort: "id", limit: 100, format: "json", bom: false });
    expect(
      parseQuery(figuresQuerySchema, new URLSearchParams("category=military,territory,military&limit=5&derived=false&parent=none")),
    ).toMatchObject({ category: ["military", "territory"], limit: 5, derived: false, parent: "none" });
  });

  it("reads Next's page searchParams record too, refusing repeats", () => {
    expect(paramsToRecord({ a: "1", b: ["2"], c: undefined })).toEqual({ a: "1", b: "2" });
    expect(() => paramsToRecord({ a: ["1", "2"] })).toThrow(QueryError);
    const result = safeParseQuery(figuresQuerySchema, { limit: ["1", "2"] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: "repeated_parameter", param: "limit" });
  });

  it.each(["", " 5", "5 ", "1e3", "0x10", "5.5", "+5", "-5", "05", "٥"])("refuses limit=%j", (limit) => {
    expect(() => parseQuery(figuresQuerySchema, new URLSearchParams({ limit }))).toThrow(QueryError);
  });
});
