import { NextResponse, type NextRequest } from "next/server";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { SESSION_COOKIE } from "@/lib/security/cookie";
import { verifySessionToken } from "@/lib/security/session-token";
import { isMissingFigurePage } from "@/lib/data/figures/page-exists";
import { getCurationConfig, getEnv } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { apiSecurityHeaders, createNonce, pageSecurityHeaders } from "@/lib/security/headers";
import { RateLimiter } from "@/lib/security/rate-limit";

// Next 16's proxy (formerly middleware) runs before every route except static assets:
// - pages get the security headers and a per-request CSP nonce (lib/security/headers.ts);
// - /curate/** needs a curator session, else it redirects to /login (each curation page and every
//   write checks again itself: this is the first line, not the only one);
// - /api/** is rate-limited per client (RATE_LIMIT_API_PER_MIN, in memory, per instance) and
//   answers a path with broken percent-escapes with a JSON 400 rather than the framework's page.

let apiLimiter: RateLimiter | undefined;
function getApiLimiter(): RateLimiter {
  apiLimiter ??= new RateLimiter(getEnv().RATE_LIMIT_API_PER_MIN);
  return apiLimiter;
}

function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function hasBrokenEscapes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const BROKEN_PATH = "The path contains a broken percent-escape.";

function handleApi(request: NextRequest): Response {
  const headers = apiSecurityHeaders();
  if (hasBrokenEscapes(request.nextUrl.pathname))
    return withHeaders(errorResponse(new ApiError(400, "invalid_parameter", BROKEN_PATH)), headers);
  const verdict = getApiLimiter().take(clientIp(request.headers));
  if (!verdict.allowed) {
    const response = errorResponse(
      new ApiError(429, "rate_limited", `Too many requests from this client; try again in ${verdict.retryAfterSeconds} s.`),
    );
    response.headers.set("Retry-After", String(verdict.retryAfterSeconds));
    return withHeaders(response, headers);
  }
  return withHeaders(NextResponse.next(), headers);
}

const isCurationPath = (pathname: string) => pathname === "/curate" || pathname.startsWith("/curate/");

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) return handleApi(request);

  const nonce = createNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = pageSecurityHeaders(pathname, { nonce, dev: process.env.NODE_ENV === "development", https });

  // Next fails to decode such a path in a dynamic route (/figures/%E0%A4%A) and answers a bare 500;
  // it is the client's mistake, so say so here, in a page with no script at all.
  if (hasBrokenEscapes(pathname))
    return withHeaders(
      new Response(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad address · Aidflow</title><h1>Bad address</h1><p>${BROKEN_PATH} Check the link, or go to <a href="/">the overview</a>.</p></html>`,
        { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
      ),
      headers,
    );

  if (isCurationPath(pathname)) {
    const curator = await verifySessionToken(request.cookies.get(SESSION_COOKIE)?.value, getCurationConfig());
    // A server action posted from an open form is let through: the action checks the session itself
    // and tells the curator to log in again, which a redirect to an HTML page could not.
    if (!curator && !(request.method === "POST" && request.headers.has("next-action"))) {
      const login = new URL("/login", request.url);
      login.searchParams.set("next", `${pathname}${search}`);
      return withHeaders(NextResponse.redirect(login, 303), headers);
    }
  }

  // Next reads the nonce from the request's CSP header while rendering; x-nonce is for our layout.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);

  // An unknown figure must answer 404, but the page streams (status 200) before it can call
  // notFound(), so the status is decided here: a path no route matches renders the not-found page.
  if (await isMissingFigurePage(pathname))
    return withHeaders(
      NextResponse.rewrite(new URL("/figures/not-found/404", request.url), { request: { headers: requestHeaders } }),
      headers,
    );
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
