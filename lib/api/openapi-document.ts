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
import { CACHE_CONTROL } from "./respond";
import { embeddable, pathParameter, queryParameters } from "./openapi-parameters";

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
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embeddable(schema)]));
}

const etagHeaders = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Cache-Control": { $ref: "#/components/headers/CacheControl" },
};

const errorResponses = (notFound: boolean) => ({
  "400": { description: "A parameter is wrong; error.param names it.", content: { "application/json": { schema: ref("Error") } } },
  ...(notFound
    ? { "404": { description: "No such thing.", content: { "application/json": { schema: ref("Error") } } } }
    : {}),
  "500": { description: "Our fault; the message is fixed.", content: { "application/json": { schema: ref("Error") } } },
});

const notModified = { "304": { description: "Not modified (If-None-Match matched the ETag).", headers: etagHeaders } };
const ifNoneMatch = { $ref: "#/components/parameters/IfNoneMatch" };

function jsonGet(summary: string, description: string, schema: string, parameters: unknown[], notFound = false) {
  return {
    get: {
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

function csvCapable(summary: string, description: string, schema: string, parameters: unknown[], headers: readonly string[]) {
  const operation = jsonGet(summary, description, schema, parameters);
  const ok = operation.get.responses["200"] as { content: Record<string, unknown> };
  ok.content["text/csv"] = {
    schema: { type: "string", description: `CSV (RFC 4180, CRLF) with the columns: ${headers.join(", ")}.` },
  };
  return operation;
}


/** Figures and events: lists (JSON or CSV), one figure, its history. */
function figureAndEventPaths() {
  return {
    "/api/v1/figures": csvCapable(
      "List figures",
      `Figures matching the filters, in the order of \`sort\` (ties broken by id). JSON answers are paged: by \`page\`, or by \`cursor\` (keyset; pass meta.nextCursor back), at most ${FIGURES_MAX_LIMIT} rows at a time. ` +
        "With format=csv the answer is every matching row in the same order, streamed as one file: limit, page and cursor are checked but ignored. " +
        "Sorting by value groups figures by unit first, because values in different units are not comparable.",
      "FigureList",
      queryParameters(figuresQuerySchema),
      FIGURE_CSV_HEADERS,
    ),
    "/api/v1/figures/{id}": jsonGet(
      "Get one figure",
      "A figure with its parent, its components and its sources.",
      "FigureResponse",
      [pathParameter("id", figureIdParamSchema, "Figure id, a whole number from 1.")],
      true,
    ),
    "/api/v1/figures/{id}/history": jsonGet(
      "A figure's change history",
      "Every correction and import that changed the figure, newest first: who, when, why, and the old and new value of each changed field.",
      "FigureHistory",
      [pathParameter("id", figureIdParamSchema, "Figure id, a whole number from 1.")],
      true,
    ),
    "/api/v1/events": csvCapable(
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
    "/api/v1/datasets": jsonGet("List datasets", "Every dataset with its version, citation and counts.", "DatasetList", []),
    "/api/v1/datasets/{slug}": jsonGet(
      "Get one dataset",
      "A dataset's metadata, citation, counts and changelog.",
      "DatasetResponse",
      [pathParameter("slug", datasetSlugParamSchema, "Dataset slug.")],
      true,
    ),
    "/api/v1/datasets/{slug}/datapackage.zip": {
      get: {
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
        },
      },
    },
    "/api/v1/imports/{id}": {
      get: {
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
        "JSON answers carry a strong ETag; send it back in If-None-Match to get 304.",
    },
    servers: [{ url: baseUrl }],
    paths: {
      ...figureAndEventPaths(),
      ...datasetPaths(),
      ...importPaths(),
      "/api/v1/openapi.json": {
        get: {
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: componentsSection(),
  };
}

function componentsSection() {
  return {
    schemas: componentSchemas(),
    headers: {
      ETag: { description: "Strong validator: the quoted SHA-256 (base64url) of the body.", schema: { type: "string" } },
      CacheControl: { description: `Always "${CACHE_CONTROL}" on successful answers.`, schema: { type: "string" } },
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
