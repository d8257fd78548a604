import { performance } from "node:perf_hooks";
import { onServerRequest } from "./server-hook";

// One JSON line per request on stdout: method, route, status and duration, for log collectors.
// It listens on the Node HTTP server that `next start` runs (lib/api/server-hook.ts, installed from
// instrumentation.ts), because that is the one place that sees every answer's final status, whoever made it: a page, a route
// handler, or the proxy itself (a 429, a 403). The proxy cannot see the status of what it passes on,
// and a route-handler wrapper would miss pages. The query string is never logged: its values are
// what a visitor typed (a search, a login's return address), so the route is the path alone.

export interface RequestLogEntry {
  method: string;
  route: string;
  status: number;
  durationMs: number;
}

const MAX_ROUTE_LENGTH = 200;

/** The path of a request target, without its query or fragment, cut to a sane length. */
export function routeOf(target: string | undefined): string {
  const path = (target ?? "/").split(/[?#]/, 1)[0] || "/";
  return path.length > MAX_ROUTE_LENGTH ? `${path.slice(0, MAX_ROUTE_LENGTH)}…` : path;
}

export function requestLogLine(entry: RequestLogEntry, now: Date = new Date()): string {
  return JSON.stringify({
    time: now.toISOString(),
    level: entry.status >= 500 ? "error" : "info",
    msg: "request",
    method: entry.method,
    route: entry.route,
    status: entry.status,
    durationMs: Math.round(entry.durationMs * 10) / 10,
  });
}

/** Logs every request every HTTP server of this process answers; installing twice is harmless. */
export function installRequestLog(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): void {
  onServerRequest("request-log", (request, response) => {
    const start = performance.now();
    response.once("close", () => {
      const entry = { method: request.method ?? "?", route: routeOf(request.url), status: response.statusCode, durationMs: performance.now() - start };
      write(requestLogLine(entry));
    });
  });
}
