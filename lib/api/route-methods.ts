// The methods each API route answers, so that a wrong method gets 405 with an Allow header (Next
// answers 405 without one). One line per app/api/**/route.ts; tests/unit/api-route-methods.test.ts
// checks this list against the methods the route files export, so it cannot drift.

export const API_ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  "/api/health": ["GET"],
  "/api/v1/datasets": ["GET"],
  "/api/v1/datasets/[slug]": ["GET"],
  "/api/v1/datasets/[slug]/datapackage.zip": ["GET"],
  "/api/v1/datasets/[slug]/charts/[chart]": ["GET"],
  "/api/v1/events": ["GET"],
  "/api/v1/figures": ["GET"],
  "/api/v1/figures/[id]": ["GET"],
  "/api/v1/figures/[id]/history": ["GET"],
  "/api/v1/imports": ["POST"],
  "/api/v1/imports/[id]": ["GET"],
  "/api/v1/openapi.json": ["GET"],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MATCHERS = Object.entries(API_ROUTE_METHODS).map(([route, methods]) => {
  const pattern = route
    .split("/")
    .map((segment) => (/^\[[^\]]+\]$/.test(segment) ? "[^/]+" : escape(segment)))
    .join("/");
  // GET brings HEAD (Next answers it with the GET handler) and every route answers OPTIONS.
  const allowed = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
  return { regex: new RegExp(`^${pattern}/?$`), allowed };
});

/** The methods the route at `pathname` answers, or null when no API route matches it. */
export function allowedMethods(pathname: string): string[] | null {
  return MATCHERS.find((matcher) => matcher.regex.test(pathname))?.allowed ?? null;
}
