import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { apiSecurityHeaders } from "@/lib/security/headers";
import { rateLimitHeaders } from "@/lib/security/rate-limit-headers";
import { rateStore } from "@/lib/security/rate-stores";
import { CORS_HEADERS, isCorsReadPath, preflightResponse } from "./cors";
import { ApiError, badEncodingError, errorResponse } from "./errors";
import { RAW_QUERY_HEADER } from "./raw-query";
import { allowedMethods } from "./route-methods";

// What every /api request passes before its route handler (proxy.ts calls this), in order:
// 1. a path with a broken percent-escape: 400;
// 2. a method the route does not answer: 405 with Allow; a CORS preflight on the read API: 204;
// 3. a query value that is not valid percent-encoded UTF-8: 400 naming it, judged on the query as
//    sent (lib/api/raw-query.ts: Next re-encodes it before the proxy and the handler run);
// 4. the per-client rate limit (RATE_LIMIT_API_PER_MIN; shared by every instance on PostgreSQL):
//    429 with Retry-After, and the RateLimit-* headers on every limited answer.
// Every answer gets the API's security headers, and the read API's get CORS. /api/health is not
// rate-limited: load balancers poll it.

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

function withHeaders<R extends Response>(response: R, ...groups: Record<string, string>[]): R {
  for (const headers of groups) for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The answer before rate limiting: a refusal or a preflight, or null to go on. */
function checkRequest(request: NextRequest, pathname: string): Response | null {
  if (hasBrokenEscapes(pathname)) return errorResponse(new ApiError(400, "invalid_parameter", BROKEN_PATH));
  const allowed = allowedMethods(pathname);
  if (allowed && !allowed.includes(request.method)) {
    const refusal = errorResponse(
      new ApiError(405, "method_not_allowed", `${request.method} is not allowed here; use ${allowed.join(", ")}.`),
    );
    return withHeaders(refusal, { Allow: allowed.join(", ") });
  }
  if (request.method === "OPTIONS" && isCorsReadPath(pathname)) return preflightResponse();
  const badEncoding = badEncodingError(request.headers.get(RAW_QUERY_HEADER) ?? request.nextUrl.search);
  return badEncoding ? errorResponse(badEncoding) : null;
}

export async function gateApiRequest(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const common = { ...apiSecurityHeaders(), ...(isCorsReadPath(pathname) ? CORS_HEADERS : {}) };
  const early = checkRequest(request, pathname);
  if (early) return withHeaders(early, common);
  if (UNLIMITED_PATHS.has(pathname) || request.method === "OPTIONS") return withHeaders(NextResponse.next(), common);

  const decision = await rateStore("api", getEnv().RATE_LIMIT_API_PER_MIN).consume(clientIp(request.headers));
  const limitHeaders = rateLimitHeaders(decision);
  if (!decision.allowed) {
    const message = `Too many requests from this client; try again in ${decision.retryAfterSeconds} s.`;
    return withHeaders(errorResponse(new ApiError(429, "rate_limited", message)), common, limitHeaders);
  }
  return withHeaders(NextResponse.next(), common, limitHeaders);
}
