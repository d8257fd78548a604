import { QueryError } from "./query-error";

// Query strings reach us as URLSearchParams (route handlers) or as Next's page `searchParams`
// record. Both become one plain object of single strings; a parameter given twice is refused
// rather than silently reduced to its first or last value, because the two readings would differ.

export type ParamInput = URLSearchParams | Record<string, string | string[] | undefined>;

export function paramsToRecord(input: ParamInput): Record<string, string> {
  const entries: [string, string | string[] | undefined][] =
    input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  // A Map, then Object.fromEntries: a parameter named "__proto__" stays an ordinary key.
  const values = new Map<string, string>();
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    const single = Array.isArray(value) ? (value.length === 1 ? value[0]! : null) : value;
    if (single === null || values.has(name))
      throw new QueryError("repeated_parameter", name, `${name}: the parameter is given more than once; give it once`);
    values.set(name, single);
  }
  return Object.fromEntries(values);
}
