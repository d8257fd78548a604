import { withQuery } from "@/lib/views/with-query";

// links.self and links.next of a list answer: the request's own URL on the public origin, and the
// same URL moved to the next page (page+1 when the client pages by number, else the next cursor).
export function pageLinks(
  request: Request,
  baseUrl: string,
  next: { page: number } | { cursor: string } | null,
): { self: string; next: string | null } {
  const url = new URL(request.url);
  const self = `${baseUrl}${url.pathname}${url.search}`;
  if (next === null) return { self, next: null };
  const params = new URLSearchParams(url.searchParams);
  if ("page" in next) params.set("page", String(next.page));
  else params.set("cursor", next.cursor);
  return { self, next: withQuery(`${baseUrl}${url.pathname}`, params) };
}
