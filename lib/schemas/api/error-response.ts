import { z } from "zod";
import { QUERY_ERROR_CODES } from "./query-error";

// The one error shape of API v1, for every status.
// unauthorized (401: no curator session), forbidden (403: a write from another origin) and
// rate_limited (429, with Retry-After) come from the access checks of lib/security.
const API_ERROR_CODES = [
  ...QUERY_ERROR_CODES,
  "not_found",
  "unauthorized",
  "forbidden",
  "rate_limited",
  // payload_too_large (413), too_many_rows (413) and unsupported_media_type (415): CSV uploads
  // (POST /api/v1/imports), refused while the body is read, before anything is stored.
  "payload_too_large",
  "too_many_rows",
  "unsupported_media_type",
  // method_not_allowed (405, with Allow) and not_ready (503, with Retry-After: GET /api/health).
  "method_not_allowed",
  "not_ready",
  "internal_error",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    param: z.string().nullable().meta({ description: "The query or path parameter to fix, if one is to blame." }),
  }),
});

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
