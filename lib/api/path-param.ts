import type { z } from "zod";
import { ApiError } from "./errors";

// A path segment checked like a query parameter: a malformed one is a 400 naming it, so that
// /figures/abc is told apart from /figures/999999 (a well-formed id that does not exist: 404).
export function parsePathParam<S extends z.ZodType>(schema: S, value: string, name: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError(400, "invalid_parameter", `${name}: ${result.error.issues[0]?.message ?? "is not valid"}`, name);
}
