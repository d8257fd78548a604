import type http from "node:http";
import { onServerRequest } from "./server-hook";

// The query string of an API request exactly as the client sent it. Next parses and re-encodes the
// query before the proxy and the route handlers see it ("%ZZ" becomes "%25ZZ", a cut UTF-8
// sequence becomes U+FFFD), which hides a mangled value; the raw one is carried to the proxy in a
// request header set here, on the HTTP server, before Next runs. Whatever a client sends under that
// name is dropped first, so it cannot be forged.

export const RAW_QUERY_HEADER = "x-aidflow-raw-query";

function stashRawQuery(request: http.IncomingMessage): void {
  delete request.headers[RAW_QUERY_HEADER];
  const url = request.url ?? "";
  const start = url.indexOf("?");
  if (start >= 0 && url.startsWith("/api/")) request.headers[RAW_QUERY_HEADER] = url.slice(start);
}

export function installRawQueryStash(): void {
  onServerRequest("raw-query", stashRawQuery);
}
