// Cross-origin reads: the read-only API (figures, events, datasets, the OpenAPI document) may be
// called from any web page (a notebook in the browser, another site's chart), so it answers with
// Access-Control-Allow-Origin: * and a preflight. Writes and sessions never do: imports, login and
// curation stay same-origin, so a page elsewhere can neither read nor send a curator's request.
// No credentials are ever allowed: the read API needs none.

const READ_ONLY_PREFIX = "/api/v1/";
const WRITE_PREFIXES = ["/api/v1/imports"];

export function isCorsReadPath(pathname: string): boolean {
  if (!pathname.startsWith(READ_ONLY_PREFIX)) return false;
  return !WRITE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const CORS_READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

/** On every answer of a read-only path; exposes the headers a script needs to page, cache and back off. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Link, Content-Disposition, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After",
};

/** The answer to a preflight (OPTIONS with Access-Control-Request-Method) on a read-only path. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: CORS_READ_METHODS.join(", "),
      "Access-Control-Allow-Methods": CORS_READ_METHODS.join(", "),
      "Access-Control-Allow-Headers": "If-None-Match, Accept",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
