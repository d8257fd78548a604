import { NextRequest, NextResponse } from "next/server";
import { gateApiRequest, hasBrokenEscapes } from "@/lib/api/api-gate";
import { SESSION_COOKIE } from "@/lib/security/cookie";
import { verifySessionToken } from "@/lib/security/session-token";
import { isMissingFigurePage } from "@/lib/data/figures/page-exists";
import { getCurationConfig, getEnv } from "@/lib/env";
import { isCrossSitePost } from "@/lib/security/cross-site-post";
import { createNonce, pageSecurityHeaders } from "@/lib/security/headers";
import createIntlMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { splitLocalePath } from "@/lib/i18n/locale-path";
import { refusalPage } from "@/lib/i18n/refusal-page";

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
//   write checks again itself: this is the first line, not the only one);
// - then the page's language (i18n/routing.ts): an English address is served as it always was,
//   /ka/... is Georgian, and "/" follows the visitor's stored choice, else Accept-Language
//   (next-intl's middleware).
//   Paths are judged without their language prefix (/ka/embed/... is an embed too).

function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

const isCurationPath = (pathname: string) => pathname === "/curate" || pathname.startsWith("/curate/");

const handleLocale = createIntlMiddleware(routing);
const LOCALE_HEADER = "x-next-intl-locale";
const PATH_HEADER = "x-aidflow-path";
const FILE_PATH = /\/[^/]*\.[^/]*$/;
const PREVIEW_IMAGE = /\/(?:opengraph|twitter)-image(?:\/[^/]*)?$/;

// An unprefixed address other than "/" is English, whatever the browser prefers or the visitor
// chose before: a shared link opens in the language it was shared in. Only "/" (and /en/…, which
// next-intl sends to the address without "/en") goes through the language middleware.
function isEnglishAddress(pathname: string): boolean {
  const segment = pathname.split("/")[1] ?? "";
  return pathname !== "/" && !(routing.locales as readonly string[]).includes(segment);
}

function englishPage(request: NextRequest, requestHeaders: Headers): NextResponse {
  requestHeaders.set(LOCALE_HEADER, routing.defaultLocale);
  const internal = new URL(`/${routing.defaultLocale}${request.nextUrl.pathname}${request.nextUrl.search}`, request.url);
  return NextResponse.rewrite(internal, { request: { headers: requestHeaders } });
}

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) return gateApiRequest(request);

  const { locale, path, prefix } = splitLocalePath(pathname);
  const nonce = createNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = pageSecurityHeaders(path, { nonce, dev: process.env.NODE_ENV === "development", https });

  // Next fails to decode such a path in a dynamic route (/figures/%E0%A4%A) and answers a bare 500;
  // it is the client's mistake, so say so here.
  if (hasBrokenEscapes(pathname)) return withHeaders(await refusalPage(400, "badPath", locale, prefix || "/"), headers);
  if (isCrossSitePost(request.method, request.headers, request.url, getEnv().PUBLIC_BASE_URL))
    return withHeaders(await refusalPage(403, "crossSite", locale, prefix || "/"), headers);

  if (isCurationPath(path)) {
    const curator = await verifySessionToken(request.cookies.get(SESSION_COOKIE)?.value, getCurationConfig());
    // A server action posted from an open form is let through: the action checks the session itself
    // and tells the curator to log in again, which a redirect to an HTML page could not.
    if (!curator && !(request.method === "POST" && request.headers.has("next-action"))) {
      const login = new URL(`${prefix}/login`, request.url);
      login.searchParams.set("next", `${pathname}${search}`);
      return withHeaders(NextResponse.redirect(login, 303), headers);
    }
  }

  // Next reads the nonce from the request's CSP header while rendering; x-nonce is for our layout.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // The address without its language, for the layout's hreflang alternates (lib/i18n/alternates.ts).
  requestHeaders.set(PATH_HEADER, path);
  // Files (robots.txt, sitemap.xml, icons, public/fonts/…) have no language: no page key has a dot.
  if (FILE_PATH.test(path)) return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
  // The language middleware passes these request headers on to the page, with the locale added.
  // It reads only the address, headers and cookies, so it gets a body-less copy of the request.
  // Next names a page's preview image by its internal route, /en/… for English: serve it there.
  if (pathname.startsWith(`/${routing.defaultLocale}/`) && PREVIEW_IMAGE.test(pathname)) {
    requestHeaders.set(LOCALE_HEADER, routing.defaultLocale);
    return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
  }
  const localized = isEnglishAddress(pathname)
    ? englishPage(request, requestHeaders)
    : handleLocale(new NextRequest(request.url, { headers: requestHeaders }));
  if (localized.headers.has("location")) return withHeaders(localized, headers);

  // An unknown figure must answer 404, but the page streams (status 200) before it can call
  // notFound(), so the status is decided here: a path no route matches renders the not-found page.
  if (await isMissingFigurePage(path)) {
    const locale = localized.headers.get(`x-middleware-request-${LOCALE_HEADER}`) ?? routing.defaultLocale;
    requestHeaders.set(LOCALE_HEADER, locale);
    return withHeaders(
      NextResponse.rewrite(new URL(`/${locale}/figures/not-found/404`, request.url), { request: { headers: requestHeaders } }),
      headers,
    );
  }
  return withHeaders(localized, headers);
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
