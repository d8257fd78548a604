import { z } from "zod";

// OpenAPI `parameters` generated from the very zod schemas that parse the requests, so the
// document cannot drift from what the API accepts. Each parameter is typed as a client should send
// it, so that code generators produce the right types:
// - whole numbers (limit, page, years, ids) as integers with their bounds (the parsed side);
// - "true"/"false" as booleans;
// - a comma-separated list as an array (style form, explode false: `a,b`), whose items are an enum
//   when the codes are fixed, or a pattern when the vocabulary is open;
// - anything else as the string the parser accepts (its pattern or enum).

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "query" | "path" | "header";
  required: boolean;
  description?: string;
  style?: "form" | "simple";
  explode?: boolean;
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

const hasInteger = (json: JsonSchema): boolean =>
  json.type === "integer" || (Array.isArray(json.anyOf) && (json.anyOf as JsonSchema[]).some(hasInteger));

const isBooleanText = (json: JsonSchema) =>
  Array.isArray(json.enum) && json.enum.length === 2 && json.enum.includes("true") && json.enum.includes("false");

// The shape lib/schemas/api/params.ts gives a list's pattern: ^(?:ITEM)(?:,(?:ITEM))*$
const LIST_PATTERN = /^\^\(\?:(.+)\)\(\?:,\(\?:\1\)\)\*\$$/;
const WORD_ALTERNATIVES = /^[A-Za-z0-9_]+(?:\|[A-Za-z0-9_]+)*$/;

function listItems(pattern: unknown): JsonSchema | null {
  if (typeof pattern !== "string") return null;
  const item = LIST_PATTERN.exec(pattern)?.[1];
  if (item === undefined) return null;
  return WORD_ALTERNATIVES.test(item) ? { type: "string", enum: item.split("|") } : { type: "string", pattern: `^(?:${item})$` };
}

/** The schema (and serialisation) of one parameter, typed as above; `json` is its input side. */
function typedSchema(property: z.ZodType, json: JsonSchema): { schema: JsonSchema; style?: "form"; explode?: boolean } {
  // The parsed side's description sits on the parameter, and its examples are the text sent.
  const output = toJsonSchema(property, "output");
  for (const key of ["description", "examples", "default"]) delete output[key];
  // zod writes z.int()'s implicit bounds (the safe-integer range) out; they bound nothing here.
  if (output.minimum === Number.MIN_SAFE_INTEGER) delete output.minimum;
  if (output.maximum === Number.MAX_SAFE_INTEGER) delete output.maximum;
  if (hasInteger(output)) return { schema: output };
  if (isBooleanText(json)) return { schema: { type: "boolean" } };
  const items = listItems(json.pattern);
  if (items) return { schema: { type: "array", items }, style: "form", explode: false };
  return { schema: json };
}

/** One parameter per property of a query schema; defaults come from parsing an empty query. */
export function queryParameters(schema: z.ZodObject): OpenApiParameter[] {
  const defaults = (schema.safeParse({}).data ?? {}) as Record<string, unknown>;
  return Object.entries(schema.shape).map(([name, property]) => {
    const { description, ...json } = toJsonSchema(property as z.ZodType, "input");
    delete json.default;
    const typed = typedSchema(property as z.ZodType, json);
    if (defaults[name] !== undefined) typed.schema = { ...typed.schema, default: defaults[name] };
    return {
      name,
      in: "query",
      required: false,
      ...(typeof description === "string" ? { description } : {}),
      ...(typed.style ? { style: typed.style, explode: typed.explode } : {}),
      schema: typed.schema,
    };
  });
}

export function pathParameter(name: string, schema: z.ZodType, description: string): OpenApiParameter {
  const json = toJsonSchema(schema, "input");
  return { name, in: "path", required: true, description, schema: typedSchema(schema, json).schema };
}
