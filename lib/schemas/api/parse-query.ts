import type { z } from "zod";
import { QueryError, QUERY_ERROR_CODES, type QueryErrorCode } from "./query-error";
import { paramsToRecord, type ParamInput } from "./search-params";

// Parses a query string against one of the query schemas and turns the first problem into a
// QueryError naming the parameter. Unknown parameters are reported first: a misspelt name usually
// explains the other problems.

function issueCode(issue: z.core.$ZodIssue): QueryErrorCode {
  if (issue.code === "unrecognized_keys") return "unknown_parameter";
  const wanted = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return QUERY_ERROR_CODES.find((code) => code === wanted) ?? "invalid_parameter";
}

function queryErrorFromZod(error: z.ZodError, known: readonly string[]): QueryError {
  const issues = error.issues;
  const unknown = issues.find((issue) => issue.code === "unrecognized_keys");
  if (unknown && unknown.code === "unrecognized_keys") {
    // Echo at most 100 characters of a name the client made up.
    const name = (unknown.keys[0] ?? "").slice(0, 100);
    const hint = known.length > 0 ? `; known parameters are ${known.join(", ")}` : "; this endpoint takes no parameters";
    return new QueryError("unknown_parameter", name, `${name}: unknown parameter${hint}`);
  }
  const issue = issues[0]!;
  const param = issue.path.length > 0 ? String(issue.path[0]) : null;
  return new QueryError(issueCode(issue), param, param ? `${param}: ${issue.message}` : issue.message);
}

/** The parsed query, with defaults filled in; throws QueryError. */
export function parseQuery<S extends z.ZodObject>(schema: S, input: ParamInput): z.output<S> {
  const result = schema.safeParse(paramsToRecord(input));
  if (result.success) return result.data;
  throw queryErrorFromZod(result.error, Object.keys(schema.shape));
}

/** For pages: the parsed query, or the error to show next to the filters. */
export function safeParseQuery<S extends z.ZodObject>(
  schema: S,
  input: ParamInput,
): { ok: true; data: z.output<S> } | { ok: false; error: QueryError } {
  try {
    return { ok: true, data: parseQuery(schema, input) };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, error };
    throw error;
  }
}
