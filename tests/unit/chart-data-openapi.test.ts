import { describe, expect, it } from "vitest";
import { chartDataQueryDoc } from "@/lib/views/overview/chart-data/openapi";
import { OVERVIEW_PARAM_KEYS } from "@/lib/views/overview/param-codes";

// The chart data endpoint documents the parameters the overview really reads (lib/views/overview.ts),
// except those that only change how a chart is shown, plus its own format and bom.

describe("the chart data endpoint's documented parameters", () => {
  it("are the overview's view parameters, and format and bom", () => {
    const presentation = (key: string) => key.startsWith("view_") || key === "goods_scale";
    const documented = Object.keys(chartDataQueryDoc.shape).filter((key) => key !== "format" && key !== "bom");
    expect(documented).toEqual(OVERVIEW_PARAM_KEYS.filter((key) => !presentation(key)));
  });
});

describe("the chart data operation in the OpenAPI document", () => {
  it("is named, tagged, typed and offers JSON, CSV and XLSX", async () => {
    const { openApiDocument } = await import("@/lib/api/openapi-document");
    const document = openApiDocument("https://aidflow.example") as unknown as {
      paths: Record<string, { get: { operationId: string; tags: string[]; parameters: { name: string; in: string; schema: Record<string, unknown> }[]; responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const operation = document.paths["/api/v1/datasets/{slug}/charts/{chart}"]!.get;
    expect(operation.operationId).toBe("getChartData");
    expect(operation.tags).toEqual(["datasets"]);
    const param = (name: string) => operation.parameters.find((parameter) => parameter.name === name)!;
    expect(param("chart")).toMatchObject({ in: "path", schema: { type: "string", enum: ["ledger", "flow", "counterparts", "timeline", "goods", "people"] } });
    expect(param("year_from").schema.type).toBe("integer");
    expect(param("format").schema).toMatchObject({ enum: ["json", "csv", "xlsx"] });
    expect(Object.keys(operation.responses["200"]!.content!)).toEqual(["application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["400", "404", "429"]));
  });
});
