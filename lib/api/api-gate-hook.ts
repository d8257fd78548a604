import type http from "node:http";
import { checkApiRequest } from "./api-gate";
import { gateServerRequests } from "./server-hook";

// The API's gate (api-gate.ts) on the HTTP server, before Next: a refusal is written from here and
// Next never sees the request; an allowed one goes on with the gate's headers already set on the
// response (Next keeps them, and sets its own over them) and a marker header that tells Next not
// to run proxy.ts for it (its matcher is `missing` that header). Next's proxy cost about a third of
// an API request's time under load (docs/performance.md, a); this costs a few microseconds.
// The marker is removed from every request first, so that a client cannot send it to skip the gate.

export const API_GATED_HEADER = "x-aidflow-api-gated";

const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

/** The request's headers as the gate reads them, with X-Forwarded-For as `next start` would set it. */
function headerSource(request: http.IncomingMessage) {
  return {
    get(name: string): string | null {
      const value = request.headers[name];
      if (value === undefined && name === "x-forwarded-for") return request.socket.remoteAddress ?? null;
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

async function writeRefusal(response: http.ServerResponse, refusal: Response): Promise<void> {
  const body = Buffer.from(await refusal.arrayBuffer());
  response.statusCode = refusal.status;
  for (const [name, value] of refusal.headers) response.setHeader(name, value);
  // Ended in one piece, so Node sends a Content-Length.
  response.end(body);
}

async function gate(request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean> {
  const target = request.url ?? "/";
  const queryStart = target.indexOf("?");
  const pathname = queryStart < 0 ? target : target.slice(0, queryStart);
  try {
    const outcome = await checkApiRequest({
      method: request.method ?? "GET",
      pathname,
      rawSearch: queryStart < 0 ? "" : target.slice(queryStart),
      headers: headerSource(request),
    });
    if (outcome.refusal) {
      await writeRefusal(response, outcome.refusal);
      return false;
    }
    for (const name in outcome.headers) response.setHeader(name, outcome.headers[name]!);
    request.headers[API_GATED_HEADER] = "1";
  } catch (error) {
    // Without the marker, proxy.ts gates the request as usual (and reports what went wrong).
    console.error("[api] gate failed on the server, left to the proxy:", error);
  }
  return true;
}

export function installApiGate(): void {
  gateServerRequests("api-gate", (request, response) => {
    delete request.headers[API_GATED_HEADER];
    const target = request.url ?? "/";
    return target.startsWith("/api") && isApiPath(target.split("?", 1)[0]!) ? gate(request, response) : true;
  });
}
