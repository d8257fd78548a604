import { createHash } from "node:crypto";

// JSON answers with a strong ETag (the SHA-256 of the exact body), so a client that already has
// the answer gets 304 and no body. Public data, so shared caches may keep it for a minute and serve
// it stale for five while they revalidate.

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

function etagOf(body: Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x". */
function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

export function jsonResponse(request: Request, data: unknown): Response {
  // Encoded once: the hash and the response take the same bytes (a string would be encoded by each).
  const body = Buffer.from(JSON.stringify(data));
  const etag = etagOf(body);
  const headers = {
    ETag: etag,
    "Cache-Control": CACHE_CONTROL,
    Vary: "Accept-Encoding",
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function csvResponse(stream: ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
