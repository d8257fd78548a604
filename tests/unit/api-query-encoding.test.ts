import { describe, expect, it } from "vitest";
import { withApiErrors } from "@/lib/api/errors";
import { badlyEncodedParam } from "@/lib/api/query-encoding";

describe("badlyEncodedParam", () => {
  it("names the first parameter whose value is not percent-encoded UTF-8", () => {
    expect(badlyEncodedParam("?q=%ZZ")).toBe("q");
    expect(badlyEncodedParam("?limit=5&q=%")).toBe("q");
    expect(badlyEncodedParam("?a=1&unit=%C3%28&q=%ZZ")).toBe("unit");
    // An overlong encoding and a lone surrogate are not UTF-8 either.
    expect(badlyEncodedParam("?q=%C0%AF")).toBe("q");
    expect(badlyEncodedParam("?q=%ED%A0%80")).toBe("q");
  });

  it("leaves a mangled name to the parser (it names no parameter), and names its mangled value as typed", () => {
    expect(badlyEncodedParam("?q%ZZ=1")).toBeNull();
    expect(badlyEncodedParam("?q%ZZ=%ZZ")).toBe("q%ZZ");
  });

  it("accepts good encodings, plus signs, empty values and no query", () => {
    for (const search of ["", "?", "?q=caf%C3%A9+au+lait", "?q=%25", "?q=", "?a&b=", "?q=%E4%B8%AD%E6%96%87", "?q=100%25"])
      expect(badlyEncodedParam(search), search).toBeNull();
  });
});

describe("withApiErrors", () => {
  const handler = withApiErrors(async () => Response.json({ data: [] }));
  it("refuses a badly encoded query value with a 400 naming the parameter, before the handler runs", async () => {
    for (const [query, param] of [["q=%ZZ", "q"], ["limit=5&q=caf%C3%28", "q"], ["dataset=%E0%A4%A&q=x", "dataset"], ["q=100%", "q"]] as const) {
      const response = await handler(new Request(`http://localhost/api/v1/figures?${query}`));
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: { code: "invalid_parameter", param } });
    }
    expect((await handler(new Request("http://localhost/api/v1/figures?q=caf%C3%A9+au+lait"))).status).toBe(200);
  });
});
