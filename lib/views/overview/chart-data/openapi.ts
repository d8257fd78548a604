import { z } from "zod";
import { pathParameter, queryParameters } from "@/lib/api/openapi-parameters";
import { EXPORT_LANG_PARAMETER } from "@/lib/export/xlsx/export-locale";
import { booleanParam, intParam } from "@/lib/schemas/api/params";
import { datasetSlugParamSchema } from "@/lib/schemas/api/id-param";
import { MAX_YEAR, MIN_YEAR } from "@/lib/schemas/partial-date";
import { CURRENCY_VIEW_CODES, RUBLE_ASSUMPTION_CODES } from "@/lib/vocab/currency-view";
import { CHART_DATA_FORMATS } from "./links";
import { chartIdSchema } from "./request";

// GET /api/v1/datasets/{slug}/charts/{chart} in the OpenAPI document (lib/api/openapi-document.ts
// spreads chartDataPaths() into its paths). The query parameters are the overview's (the server reads
// them with lib/views/overview.ts; tests/unit/chart-data-openapi.test.ts keeps the two lists equal).

const actor = () => z.string().regex(/^[A-Z][A-Z0-9_]{1,11}$/);
const year = () => intParam(MIN_YEAR, MAX_YEAR);

export const chartDataQueryDoc = z.object({
  a: actor().optional().meta({ description: "The first side's actor code (with b): the pair the chart sets against each other. Default: the dataset's own sides." }),
  b: actor().optional().meta({ description: "The second side's actor code (with a)." }),
  year_from: year().optional().meta({ description: "First year of the window: only figures whose whole period lies within it." }),
  year_to: year().optional().meta({ description: "Last year of the window." }),
  family: z.string().optional().meta({ description: "The unit family the ledger, flow diagram and counterparts show (money, mass…)." }),
  unit: z.string().optional().meta({ description: "The unit those charts show (a currency or unit code)." }),
  currency: z.enum(CURRENCY_VIEW_CODES).default("original").meta({ description: "original, or the currency money is converted into." }),
  assume: z.enum(RUBLE_ASSUMPTION_CODES).default("none").meta({ description: "Which ruble an undated ruble figure is taken to be, when converting." }),
  format: z.enum(CHART_DATA_FORMATS).default("json").meta({ description: "json (rows as objects, with the columns described and what the chart left out), csv or xlsx (a second sheet cites the data)." }),
  bom: booleanParam().default(false).meta({ description: "With format=csv: start the file with a UTF-8 byte order mark, for Excel." }),
});

const error = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
const cell = { anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }] };

const responseSchema = {
  type: "object",
  required: ["data", "meta", "links"],
  properties: {
    data: {
      type: "object",
      required: ["dataset", "chart", "title", "columns", "rows", "caps", "notes", "reason"],
      properties: {
        dataset: { type: "string" },
        chart: { type: "string", enum: chartIdSchema.options },
        title: { type: "string" },
        subtitle: { type: "string" },
        source: { type: "string" },
        columns: { type: "array", items: { type: "object", properties: { key: { type: "string" }, type: { type: "string", enum: ["number", "text"] }, description: { type: "string" } } } },
        rows: { type: "array", items: { type: "object", additionalProperties: cell }, description: "One object per mark, keyed by the columns' keys, in the order the chart draws them." },
        caps: { type: "array", items: { type: "object", properties: { shown: { type: "integer" }, total: { type: "integer" }, text: { type: "string" }, href: { type: "string" } } }, description: "What the chart (and so these rows) leaves out for legibility, and where to see every row." },
        notes: { type: "array", items: { type: "string" } },
        reason: { type: ["string", "null"], description: "Why the chart draws nothing, when it does not." },
      },
    },
    meta: { type: "object", description: "The view the rows were shaped for, and notices about it." },
    links: { type: "object", properties: { json: { type: "string" }, csv: { type: "string" }, xlsx: { type: "string" } } },
  },
};

export function chartDataPaths() {
  return {
    "/api/v1/datasets/{slug}/charts/{chart}": {
      get: {
        operationId: "getChartData",
        tags: ["datasets"],
        summary: "The data behind one overview chart",
        description:
          "The rows one chart of the dataset's overview draws, exactly as drawn for the view the parameters describe (the overview page's own parameters): values with their qualifiers, units and periods, in the chart's order, limited as the chart is. A parameter the view cannot honour is a 400 naming it.",
        parameters: [pathParameter("slug", datasetSlugParamSchema, "Dataset slug."), pathParameter("chart", chartIdSchema, "The chart."), ...queryParameters(chartDataQueryDoc), EXPORT_LANG_PARAMETER],
        responses: {
          "200": {
            description: "The chart's rows",
            content: {
              "application/json": { schema: responseSchema },
              "text/csv": { schema: { type: "string", description: "CSV (RFC 4180, CRLF) with the columns data.columns lists." } },
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
            },
          },
          "400": { description: "A parameter is wrong; error.param names it.", content: error },
          "404": { description: "No such dataset or chart.", content: error },
          "429": { description: "Too many requests from this client: wait Retry-After seconds.", headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } }, content: error },
          "500": { description: "Our fault; the message is fixed.", content: error },
        },
      },
    },
  };
}
