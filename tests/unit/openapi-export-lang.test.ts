import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";
import { splitExportLocale } from "@/lib/export/xlsx/export-locale";

// Every operation that offers format=xlsx documents `lang`, the language of the XLSX's About sheet,
// with the values splitExportLocale accepts.

type Operation = { parameters?: { name: string; in: string; schema: { enum?: string[]; default?: string } }[]; responses: Record<string, { content?: Record<string, unknown> }> };
const document = openApiDocument("https://aidflow.example") as unknown as { paths: Record<string, Record<string, Operation>> };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("the lang parameter of XLSX downloads", () => {
  const offersXlsx = Object.entries(document.paths).filter(([, item]) => Object.keys(item.get?.responses["200"]?.content ?? {}).includes(XLSX));

  it("is documented on every XLSX operation, as en or ka, English by default", () => {
    expect(offersXlsx.map(([route]) => route).sort()).toEqual(["/api/v1/datasets/{slug}/charts/{chart}", "/api/v1/events", "/api/v1/figures"]);
    for (const [route, item] of offersXlsx) {
      const lang = item.get!.parameters!.filter((parameter) => parameter.name === "lang");
      expect(lang, route).toHaveLength(1);
      expect(lang[0]).toMatchObject({ in: "query", schema: { type: "string", enum: ["en", "ka"], default: "en" } });
    }
  });

  it("lists exactly the values the server accepts", () => {
    const documented = offersXlsx[0]![1].get!.parameters!.find((parameter) => parameter.name === "lang")!.schema.enum!;
    for (const value of documented) expect(splitExportLocale(new URLSearchParams({ lang: value })).locale).toBe(value);
    expect(() => splitExportLocale(new URLSearchParams({ lang: "de" }))).toThrow(/lang/);
  });

  it("is not offered where there is no XLSX", () => {
    for (const [route, item] of Object.entries(document.paths))
      if (!offersXlsx.some(([xlsx]) => xlsx === route)) expect(item.get?.parameters?.some((parameter) => parameter.name === "lang") ?? false, route).toBe(false);
  });
});
