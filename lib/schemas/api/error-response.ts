import { z } from "zod";
import { QUERY_ERROR_CODES } from "./query-error";

// The one error shape of API v1, for every status.
export const API_ERROR_CODES = [...QUERY_ERROR_CODES, "not_found", "internal_error"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    param: z.string().nullable().meta({ description: "The query or path parameter to fix, if one is to blame." }),
  }),
});

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
