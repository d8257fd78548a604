import { QueryError } from "@/lib/schemas/api/query-error";
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

/** Wraps a route handler so that whatever it throws becomes an error response. */
export function withApiErrors<Args extends [request: Request, ...rest: unknown[]]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
