import { NextResponse, type NextRequest } from "next/server";
import { BROKEN_PATH, gateApiRequest, hasBrokenEscapes } from "@/lib/api/api-gate";
import { SESSION_COOKIE } from "@/lib/security/cookie";
import { verifySessionToken } from "@/lib/security/session-token";
import { isMissingFigurePage } from "@/lib/data/figures/page-exists";
import { getCurationConfig, getEnv } from "@/lib/env";
import { isCrossSitePost } from "@/lib/security/cross-site-post";
import { createNonce, pageSecurityHeaders } from "@/lib/security/headers";

// Next 16's proxy (formerly middleware) runs before every route except static assets, in the
// Node.js runtime (Next 16's default for proxy.ts), so it may use the database and `pg`:
// - /api/** goes through lib/api/api-gate.ts: bad paths and queries (400), wrong methods (405 with
//   Allow), CORS on the read API, and the per-client rate limit with its headers; on `next start`
//   the gate runs on the HTTP server before Next (lib/api/api-gate-hook.ts) and the proxy is
//   skipped, so here only for a request that did not pass there;
// - pages get the security headers and a per-request CSP nonce (lib/security/headers.ts);
// - a write to a page from another site (a server action or a form post) gets 403 here, where Next
//   itself would throw and answer 500 (lib/security/cross-site-post.ts);
// - /curate/** needs a curator session, else it redirects to /login (each curation page and every
//   write checks again itself: this is the first line, not the only one).

function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** A page with no script at all, for the refusals the proxy answers itself. */
function plainPage(status: number, title: string, text: string): Response {
  return new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title} · Aidflow</title><h1>${title}</h1><p>${text} Go to <a href="/">the overview</a>.</p></html>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
  );
}

const CROSS_SITE = "This form can only be sent from Aidflow's own pages; the request came from another site.";

const isCurationPath = (pathname: string) => pathname === "/curate" || pathname.startsWith("/curate/");

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) return gateApiRequest(request);

  const nonce = createNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = pageSecurityHeaders(pathname, { nonce, dev: process.env.NODE_ENV === "development", https });

  // Next fails to decode such a path in a dynamic route (/figures/%E0%A4%A) and answers a bare 500;
  // it is the client's mistake, so say so here.
  if (hasBrokenEscapes(pathname)) return withHeaders(plainPage(400, "Bad address", `${BROKEN_PATH} Check the link.`), headers);
  if (isCrossSitePost(request.method, request.headers, request.url, getEnv().PUBLIC_BASE_URL))
    return withHeaders(plainPage(403, "Refused", CROSS_SITE), headers);

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

// An API request that passed the gate on the HTTP server (lib/api/api-gate-hook.ts: the marker
// header, which that hook also strips from whatever a client sends) skips the proxy: running it cost
// about a third of an API request. Next reads this config statically, so the name is written out
// (tests/unit/api-gate-hook.test.ts checks it is API_GATED_HEADER).
export const config = {
  matcher: [
    "/((?!api/|api$|_next/static|_next/image|favicon.ico).*)",
    { source: "/api/:path*", missing: [{ type: "header", key: "x-aidflow-api-gated" }] },
  ],
};
