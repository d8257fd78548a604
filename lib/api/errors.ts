import { QueryError } from "@/lib/schemas/api/query-error";
import { badlyEncodedParam } from "./query-encoding";
import type { ApiErrorCode, ErrorResponse } from "@/lib/schemas/api/error-response";

// The one error mapper of API v1. Every route handler runs inside withApiErrors, so every failure
// leaves as { error: { code, message, param } }: bad input 400, a missing thing 404, and anything
// unexpected 500 with a fixed message (the cause goes to the server log, never to the client).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (message: string, param: string | null = null) => new ApiError(404, "not_found", message, param);

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again later.";

function errorBody(error: unknown): { status: number; body: ErrorResponse } {
  if (error instanceof ApiError)
    return { status: error.status, body: { error: { code: error.code, message: error.message, param: error.param } } };
  if (error instanceof QueryError)
    return { status: 400, body: { error: { code: error.code, message: error.message, param: error.param } } };
  console.error("[api] unexpected error:", error);
  return { status: 500, body: { error: { code: "internal_error", message: INTERNAL_MESSAGE, param: null } } };
}

export function errorResponse(error: unknown): Response {
  const { status, body } = errorBody(error);
  return new Response(JSON.stringify(body), {
    status,
    // Errors are not cached: the data or the client's request may be fixed a moment later.
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The 400 for a query whose value is not valid percent-encoded UTF-8 (lib/api/query-encoding.ts), or
 * null. Checked twice: by proxy.ts on the query as sent (lib/api/raw-query.ts: Next re-encodes it
 * before the proxy and the handlers run, "%ZZ" becoming "%25ZZ"), and by withApiErrors.
 */
export function badEncodingError(search: string): ApiError | null {
  const param = badlyEncodedParam(search);
  if (param === null) return null;
  const message = `${param}: not valid percent-encoded UTF-8 (a stray % or a character cut short; write a percent sign as %25)`;
  return new ApiError(400, "invalid_parameter", message, param);
}

/**
 * Wraps a route handler so that whatever it throws becomes an error response. A query that is not
 * valid percent-encoding is refused first: the parsers only see what URLSearchParams decoded, which
 * turns "%ZZ" and broken UTF-8 into plausible text.
 */
export function withApiErrors<Args extends [request: Request, ...rest: unknown[]]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      const badEncoding = badEncodingError(new URL(args[0].url).search);
      if (badEncoding) throw badEncoding;
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
