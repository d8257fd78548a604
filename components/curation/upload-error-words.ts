import type { ErrorResponse } from "@/lib/schemas/api/error-response";
import type { Translate } from "@/lib/i18n/translate";

// What the upload form says when POST /api/v1/imports refuses the file. The API's own message
// stays English (scripts read it); the form words the refusal by its code, in the page's language.

type Code = ErrorResponse["error"]["code"];

/** The refusal's key in "curation.upload.errors", by the API's error code; `failed` for what a form cannot cause. */
export const UPLOAD_ERROR_KEYS: Record<Code, string> = {
  invalid_parameter: "invalidParameter",
  unknown_parameter: "invalidParameter",
  repeated_parameter: "invalidParameter",
  conflicting_parameters: "invalidParameter",
  invalid_cursor: "invalidParameter",
  not_found: "notFound",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  rate_limited: "rateLimited",
  payload_too_large: "tooLarge",
  too_many_rows: "tooManyRows",
  unsupported_media_type: "unsupportedType",
  not_ready: "notReady",
  method_not_allowed: "failed",
  internal_error: "failed",
};

// The query parameters the form fills, by the label the form gives them ("pages.upload").
const PARAM_LABELS: Record<string, string> = {
  file: "file",
  file_name: "file",
  dataset: "dataset",
  mode: "mode",
  source: "source",
  title: "title",
  citation: "citation",
  licence: "licence",
  description: "description",
};

/**
 * The refusal in words: `t` is rooted at "curation.upload.errors", `labels` at "pages.upload".
 * A problem with the file itself (empty, cut off) has its own sentence; another parameter is named.
 */
export function uploadErrorText(error: ErrorResponse["error"], status: number, maxMegabytes: number, t: Translate, labels: Translate): string {
  const key = UPLOAD_ERROR_KEYS[error.code];
  if (key === "invalidParameter" && (error.param === "file" || error.param === null)) return t("invalidFile");
  if (key === "invalidParameter") return t(key, { field: PARAM_LABELS[error.param!] ? labels(PARAM_LABELS[error.param!]!) : error.param! });
  return t(key, { max: maxMegabytes, status });
}
