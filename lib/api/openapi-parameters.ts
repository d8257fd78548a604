import { z } from "zod";

// OpenAPI `parameters` generated from the very zod schemas that parse the requests, so the
// document cannot drift from what the API accepts. Query values are strings, so each parameter is
// described on the input side (`io: "input"`): the pattern or enum a string must match.

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "query" | "path" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

/** A JSON Schema to embed in the document: without the dialect and id zod adds at the top. */
export function embeddable(json: JsonSchema): JsonSchema {
  const copy = { ...json };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  return embeddable(z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema);
}

/** One parameter per property of a query schema; defaults come from parsing an empty query. */
export function queryParameters(schema: z.ZodObject): OpenApiParameter[] {
  const defaults = (schema.safeParse({}).data ?? {}) as Record<string, unknown>;
  return Object.entries(schema.shape).map(([name, property]) => {
    const { description, ...json } = toJsonSchema(property as z.ZodType, "input");
    if (defaults[name] !== undefined) json.default = String(defaults[name]);
    return {
      name,
      in: "query",
      required: false,
      ...(typeof description === "string" ? { description } : {}),
      schema: json,
    };
  });
}

export function pathParameter(name: string, schema: z.ZodType, description: string): OpenApiParameter {
  return { name, in: "path", required: true, description, schema: toJsonSchema(schema, "input") };
}
