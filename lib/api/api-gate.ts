import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { apiSecurityHeaders } from "@/lib/security/headers";
import type { HeaderSource } from "@/lib/security/origin";
import { rateLimitHeaders } from "@/lib/security/rate-limit-headers";
import { rateStore } from "@/lib/security/rate-stores";
import { CORS_HEADERS, isCorsReadPath, preflightResponse } from "./cors";
import { ApiError, badEncodingError, errorResponse } from "./errors";
import { RAW_QUERY_HEADER } from "./raw-query";
import { allowedMethods } from "./route-methods";

// What every /api request passes before its route handler, in order:
// 1. a path with a broken percent-escape: 400;
// 2. a method the route does not answer: 405 with Allow; a CORS preflight on the read API: 204;
// 3. a query value that is not valid percent-encoded UTF-8: 400 naming it, judged on the query as
//    sent (Next re-encodes it before the proxy and the handler run);
// 4. the per-client rate limit (RATE_LIMIT_API_PER_MIN; shared by every instance on PostgreSQL):
//    429 with Retry-After, and the RateLimit-* headers on every limited answer.
// Every answer gets the API's security headers, and the read API's get CORS. /api/health is not
// rate-limited: load balancers poll it.
// The gate runs on the HTTP server before Next (api-gate-hook.ts), which costs a fraction of Next's
// proxy; proxy.ts runs it for any API request that did not pass there.

export const BROKEN_PATH = "The path contains a broken percent-escape.";
const UNLIMITED_PATHS = new Set(["/api/health"]);

export function hasBrokenEscapes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** What the gate reads of a request, wherever it runs. */
export interface ApiGateRequest {
  method: string;
  pathname: string;
  /** The query string as the client sent it, with its "?", or "". */
  rawSearch: string;
  headers: HeaderSource;
}

/** A refusal (or a preflight's answer) to send as it is, or the headers the answer must carry. */
export type ApiGateOutcome = { refusal: Response } | { refusal: null; headers: Record<string, string> };

function withHeaders<R extends Response>(response: R, ...groups: Record<string, string>[]): R {
  for (const headers of groups) for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// The same for every request of a kind: made once.
let commonHeaders: { read: Record<string, string>; other: Record<string, string> } | null = null;
function commonHeadersOf(pathname: string): Record<string, string> {
  commonHeaders ??= { read: { ...apiSecurityHeaders(), ...CORS_HEADERS }, other: apiSecurityHeaders() };
  return isCorsReadPath(pathname) ? commonHeaders.read : commonHeaders.other;
}

/** The answer before rate limiting: a refusal or a preflight, or null to go on. */
function checkRequest({ method, pathname, rawSearch }: ApiGateRequest): Response | null {
  if (hasBrokenEscapes(pathname)) return errorResponse(new ApiError(400, "invalid_parameter", BROKEN_PATH));
  const allowed = allowedMethods(pathname);
  if (allowed && !allowed.includes(method)) {
    const refusal = errorResponse(new ApiError(405, "method_not_allowed", `${method} is not allowed here; use ${allowed.join(", ")}.`));
    return withHeaders(refusal, { Allow: allowed.join(", ") });
  }
  if (method === "OPTIONS" && isCorsReadPath(pathname)) return preflightResponse();
  const badEncoding = badEncodingError(rawSearch);
  return badEncoding ? errorResponse(badEncoding) : null;
}

export async function checkApiRequest(request: ApiGateRequest): Promise<ApiGateOutcome> {
  const common = commonHeadersOf(request.pathname);
  const early = checkRequest(request);
  if (early) return { refusal: withHeaders(early, common) };
  if (UNLIMITED_PATHS.has(request.pathname) || request.method === "OPTIONS") return { refusal: null, headers: common };

  const decision = await rateStore("api", getEnv().RATE_LIMIT_API_PER_MIN).consume(clientIp(request.headers));
  const limitHeaders = rateLimitHeaders(decision);
  if (!decision.allowed) {
    const message = `Too many requests from this client; try again in ${decision.retryAfterSeconds} s.`;
    return { refusal: withHeaders(errorResponse(new ApiError(429, "rate_limited", message)), common, limitHeaders) };
  }
  return { refusal: null, headers: decision.limit === 0 ? common : { ...common, ...limitHeaders } };
}

/** The gate as proxy.ts runs it, for an API request the server hook did not gate. */
export async function gateApiRequest(request: NextRequest): Promise<Response> {
  const outcome = await checkApiRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    rawSearch: request.headers.get(RAW_QUERY_HEADER) ?? request.nextUrl.search,
    headers: request.headers,
  });
  return outcome.refusal ?? withHeaders(NextResponse.next(), outcome.headers);
}
