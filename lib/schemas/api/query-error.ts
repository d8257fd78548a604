// A request that cannot be answered as asked. Thrown by query parsing (lib/schemas/api) and by the
// server-side checks that need the database (unknown actor, dataset or phase, a stale cursor), so
// that pages and route handlers can both tell the user which parameter to fix.

export const QUERY_ERROR_CODES = [
  "invalid_parameter",
  "unknown_parameter",
  "repeated_parameter",
  "conflicting_parameters",
  "invalid_cursor",
] as const;
export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    readonly param: string | null,
    message: string,
  ) {
    super(message);
    this.name = "QueryError";
  }
}
