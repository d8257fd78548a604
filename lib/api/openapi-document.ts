import { z } from "zod";
import { datasetDetailDtoSchema, datasetDtoSchema } from "@/lib/schemas/api/dataset-response";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { figureHistoryResponseSchema } from "@/lib/schemas/api/audit-response";
import { importIdParamSchema, importUploadQuerySchema } from "@/lib/schemas/api/import-query";
import { importRunDtoSchema } from "@/lib/schemas/api/import-response";
import { eventDtoSchema } from "@/lib/schemas/api/event-response";
import { eventsQuerySchema } from "@/lib/schemas/api/events-query";
import { figureDetailDtoSchema, figureDtoSchema, figureSummarySchema } from "@/lib/schemas/api/figure-response";
import { FIGURES_MAX_LIMIT, figuresQuerySchema } from "@/lib/schemas/api/figures-query";
import { datasetSlugParamSchema, figureIdParamSchema } from "@/lib/schemas/api/id-param";
import { listResponseSchema } from "@/lib/schemas/api/list-response";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { EVENT_CSV_HEADERS } from "@/lib/export/csv/event-columns";
import { EXPORT_LANG_PARAMETER } from "@/lib/export/xlsx/export-locale";
import { CACHE_CONTROL } from "./respond";
import { healthSchema } from "./health-schema";
import { embeddable, pathParameter, queryParameters } from "./openapi-parameters";
import { chartDataPaths } from "@/lib/views/overview/chart-data/openapi";

// The OpenAPI 3.1 description of API v1, built from the zod schemas that parse requests and
// describe responses. OpenAPI 3.1 uses JSON Schema 2020-12, which is what zod emits.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const add = (schema: z.ZodType, id: string) => registry.add(schema, { id });
  add(figureDtoSchema, "Figure");
  add(figureSummarySchema, "FigureSummary");
  add(figureDetailDtoSchema, "FigureDetail");
  add(eventDtoSchema, "Event");
  add(datasetDtoSchema, "Dataset");
  add(datasetDetailDtoSchema, "DatasetDetail");
  add(errorResponseSchema, "Error");
  add(listResponseSchema(figureDtoSchema, { cursor: true }), "FigureList");
  add(listResponseSchema(eventDtoSchema, { cursor: false }), "EventList");
  add(z.object({ data: figureDetailDtoSchema }), "FigureResponse");
  add(z.object({ data: z.array(datasetDtoSchema) }), "DatasetList");
  add(z.object({ data: datasetDetailDtoSchema }), "DatasetResponse");
  add(figureHistoryResponseSchema, "FigureHistory");
  add(z.object({ data: importRunDtoSchema }), "ImportRunResponse");
  add(healthSchema, "Health");
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embeddable(schema)]));
}

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

const rateLimitHeaders = {
  "RateLimit-Limit": header("RateLimitLimit"),
  "RateLimit-Remaining": header("RateLimitRemaining"),
  "RateLimit-Reset": header("RateLimitReset"),
};

const etagHeaders = {
  ETag: header("ETag"),
  "Cache-Control": header("CacheControl"),
  ...rateLimitHeaders,
};

const errorContent = { "application/json": { schema: ref("Error") } };

/** Every API answer but /api/health's is rate-limited per client. */
const rateLimited = {
  "429": {
    description: "Too many requests from this client: wait Retry-After seconds.",
    headers: { "Retry-After": header("RetryAfter"), ...rateLimitHeaders },
    content: errorContent,
  },
};

/** 503 with Retry-After: the server cannot answer now (the database is busy or not ready). */
const unavailable = (description: string) => ({
  "503": { description, headers: { "Retry-After": header("RetryAfter") }, content: errorContent },
});

const errorResponses = (notFound: boolean) => ({
  "400": { description: "A parameter is wrong; error.param names it.", content: errorContent },
  ...(notFound ? { "404": { description: "No such thing.", content: errorContent } } : {}),
  ...rateLimited,
  "500": { description: "Our fault; the message is fixed.", content: errorContent },
});

/** Who an operation is and where generators file it: a unique operationId and one tag. */
interface OperationName {
  operationId: string;
  tag: "figures" | "events" | "datasets" | "imports" | "service";
}

const notModified = { "304": { description: "Not modified (If-None-Match matched the ETag).", headers: etagHeaders } };
const ifNoneMatch = { $ref: "#/components/parameters/IfNoneMatch" };

function jsonGet({ operationId, tag }: OperationName, summary: string, description: string, schema: string, parameters: unknown[], notFound = false) {
  return {
    get: {
      operationId,
      tags: [tag],
      summary,
      description,
      parameters: [...parameters, ifNoneMatch],
      responses: {
        "200": { description: "OK", headers: etagHeaders, content: { "application/json": { schema: ref(schema) } } },
        ...notModified,
        ...errorResponses(notFound),
      },
    },
  };
}

function csvCapable(name: OperationName, summary: string, description: string, schema: string, parameters: unknown[], headers: readonly string[]) {
  const operation = jsonGet(name, summary, description, schema, [...parameters, EXPORT_LANG_PARAMETER]);
  const ok = operation.get.responses["200"] as { content: Record<string, unknown> };
  ok.content["text/csv"] = {
    schema: { type: "string", description: `CSV (RFC 4180, CRLF) with the columns: ${headers.join(", ")}.` },
  };
  ok.content["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = { schema: { type: "string", format: "binary", description: "With format=xlsx: the same rows and columns as one sheet, and a sheet citing the data." } };
  return operation;
}


/** Figures and events: lists (JSON or CSV), one figure, its history. */
function figureAndEventPaths() {
  return {
    "/api/v1/figures": csvCapable(
      { operationId: "listFigures", tag: "figures" },
      "List figures",
      `Figures matching the filters, in the order of \`sort\` (ties broken by id). JSON answers are paged: by \`page\`, or by \`cursor\` (keyset; pass meta.nextCursor back), at most ${FIGURES_MAX_LIMIT} rows at a time. ` +
        "With format=csv the answer is every matching row in the same order, streamed as one file: limit, page and cursor are checked but ignored. " +
        "Sorting by value groups figures by unit first, because values in different units are not comparable.",
      "FigureList",
      queryParameters(figuresQuerySchema),
      FIGURE_CSV_HEADERS,
    ),
    "/api/v1/figures/{id}": jsonGet(
      { operationId: "getFigure", tag: "figures" },
      "Get one figure",
      "A figure with its parent, its components and its sources.",
      "FigureResponse",
      [pathParameter("id", figureIdParamSchema, "Figure id, a whole number from 1.")],
      true,
    ),
    "/api/v1/figures/{id}/history": jsonGet(
      { operationId: "getFigureHistory", tag: "figures" },
      "A figure's change history",
      "Every correction and import that changed the figure, newest first: who, when, why, and the old and new value of each changed field.",
      "FigureHistory",
      [pathParameter("id", figureIdParamSchema, "Figure id, a whole number from 1.")],
      true,
    ),
    "/api/v1/events": csvCapable(
      { operationId: "listEvents", tag: "events" },
      "List events",
      "Events matching the filters, by date then id unless `sort` says otherwise. With format=csv, every matching row (limit and page ignored).",
      "EventList",
      queryParameters(eventsQuerySchema),
      EVENT_CSV_HEADERS,
    ),
  };
}

/** Dataset metadata and the data package. */
function datasetPaths() {
  return {
    "/api/v1/datasets": jsonGet({ operationId: "listDatasets", tag: "datasets" }, "List datasets", "Every dataset with its version, citation and counts.", "DatasetList", []),
    "/api/v1/datasets/{slug}": jsonGet(
      { operationId: "getDataset", tag: "datasets" },
      "Get one dataset",
      "A dataset's metadata, citation, counts and changelog.",
      "DatasetResponse",
      [pathParameter("slug", datasetSlugParamSchema, "Dataset slug.")],
      true,
    ),
    "/api/v1/datasets/{slug}/datapackage.zip": {
      get: {
        operationId: "getDatasetPackage",
        tags: ["datasets"],
        summary: "The dataset as a Frictionless Data Package",
        description:
          "A zip with datapackage.json (every column of every CSV described with its type and allowed codes), figures.csv, events.csv and a README with the citation.",
        parameters: [pathParameter("slug", datasetSlugParamSchema, "Dataset slug.")],
        responses: {
          "200": { description: "The zip file", content: { "application/zip": { schema: { type: "string", format: "binary" } } } },
          ...errorResponses(true),
        },
      },
    },
  };
}

/** Curators' uploads and their status. */
function importPaths() {
  return {
    "/api/v1/imports": {
      post: {
        operationId: "createImport",
        tags: ["imports"],
        summary: "Import a CSV of figures (curators only)",
        description:
          "The request body is the CSV file itself (Content-Type text/csv), with the columns of the figures CSV export. " +
          "The whole file is validated before anything is written and applied in one transaction by a worker process; " +
          "the answer is 202 with the queued import, whose links.self reports progress and the result. " +
          "Needs a curator session cookie and a same-origin request: 401 without a session, 403 from another origin, 413 over the size limit.",
        parameters: queryParameters(importUploadQuerySchema),
        requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } },
        responses: {
          "202": { description: "Queued", content: { "application/json": { schema: ref("ImportRunResponse") } } },
          "401": { description: "No curator session.", content: { "application/json": { schema: ref("Error") } } },
          "403": { description: "Not a same-origin request.", content: { "application/json": { schema: ref("Error") } } },
          "413": { description: "The file is over the size limit.", content: { "application/json": { schema: ref("Error") } } },
          ...errorResponses(false),
          ...unavailable("The database is busy with another write; send the file again after Retry-After seconds."),
        },
      },
    },
    "/api/v1/imports/{id}": {
      get: {
        operationId: "getImport",
        tags: ["imports"],
        summary: "An import's status, progress and result (curators only)",
        parameters: [pathParameter("id", importIdParamSchema, "Import id, a whole number from 1.")],
        responses: {
          "200": { description: "OK", content: { "application/json": { schema: ref("ImportRunResponse") } } },
          "401": { description: "No curator session.", content: { "application/json": { schema: ref("Error") } } },
          ...errorResponses(true),
        },
      },
    },
  };
}

export function openApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Aidflow API",
      version: "1.0.0",
      description:
        "Read-only access to Aidflow's datasets of aid and exchange flows between states: figures, events and dataset metadata. " +
        "Every parameter is checked strictly: unknown or repeated parameters, malformed numbers and unknown codes are refused with 400 and an error naming the parameter. " +
        "JSON answers carry a strong ETag; send it back in If-None-Match to get 304. " +
        "Any web page may call the read operations (CORS: Access-Control-Allow-Origin: *); imports stay same-origin. " +
        "Each client may make RATE_LIMIT_API_PER_MIN requests a minute (RateLimit-* headers say how many are left); over it, 429 with Retry-After.",
    },
    servers: [{ url: baseUrl }],
    tags: TAGS,
    paths: {
      ...figureAndEventPaths(),
      ...datasetPaths(),
      ...chartDataPaths(),
      ...importPaths(),
      ...servicePaths(),
    },
    components: componentsSection(),
  };
}

/** This document, and readiness for load balancers. */
function servicePaths() {
  return {
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["service"],
        summary: "This document",
        responses: {
          "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
          ...rateLimited,
        },
      },
    },
    "/api/health": {
      get: {
        operationId: "getHealth",
        tags: ["service"],
        summary: "Readiness: the database answers and every shipped migration is applied",
        description: "For load balancers: not rate-limited, never cached.",
        responses: {
          "200": { description: "Ready", content: { "application/json": { schema: ref("Health") } } },
          ...unavailable("Not ready: the database does not answer, or migrations are pending."),
        },
      },
    },
  };
}

const TAGS = [
  { name: "figures", description: "Figures: lists, one figure, its history." },
  { name: "events", description: "Dated events." },
  { name: "datasets", description: "Datasets' metadata and data packages." },
  { name: "imports", description: "Curators' imports (same-origin, with a session)." },
  { name: "service", description: "This document and readiness." },
];

function componentsSection() {
  return {
    schemas: componentSchemas(),
    headers: {
      ETag: { description: "Strong validator: the quoted SHA-256 (base64url) of the body.", schema: { type: "string" } },
      CacheControl: { description: `Always "${CACHE_CONTROL}" on successful answers.`, schema: { type: "string" } },
      RateLimitLimit: { description: "Requests a client may make per minute.", schema: { type: "integer", minimum: 1 } },
      RateLimitRemaining: { description: "Requests left in the current window.", schema: { type: "integer", minimum: 0 } },
      RateLimitReset: { description: "Seconds until the whole allowance is back.", schema: { type: "integer", minimum: 0 } },
      RetryAfter: { description: "Seconds to wait before trying again.", schema: { type: "integer", minimum: 1 } },
    },
    parameters: {
      IfNoneMatch: {
        name: "If-None-Match",
        in: "header",
        required: false,
        description: "An ETag from an earlier answer; if it still matches, the answer is 304 with no body.",
        schema: { type: "string" },
      },
    },
  };
}
