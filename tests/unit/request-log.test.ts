import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installRawQueryStash, RAW_QUERY_HEADER } from "@/lib/api/raw-query";
import { installRequestLog, requestLogLine, routeOf } from "@/lib/api/request-log";

// The hooks on the Node HTTP server, against a real one as `next start` runs it: the request log
// (one JSON line per request, with method, route, status and duration, and never the query), and
// the API query as sent, carried in a header no client can forge.

const lines: string[] = [];
let server: http.Server;
let base: string;

beforeAll(async () => {
  installRequestLog((line) => lines.push(line));
  installRawQueryStash();
  server = http.createServer((request, response) => {
    response.statusCode = request.url?.startsWith("/missing") ? 404 : 200;
    response.end(String(request.headers[RAW_QUERY_HEADER] ?? ""));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("the request log", () => {
  it("writes one JSON line per request, without the query's values", async () => {
    await fetch(`${base}/figures?q=Jane%20Doe&dataset=x`);
    await fetch(`${base}/missing/page?email=jane@example.org`, { method: "POST", body: "secret" });
    await settle();
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ msg: "request", method: "GET", route: "/figures", status: 200, level: "info" });
    expect(entries[1]).toMatchObject({ method: "POST", route: "/missing/page", status: 404 });
    for (const entry of entries) expect(typeof entry.durationMs).toBe("number");
    expect(lines.join("\n")).not.toMatch(/Jane|jane|secret|dataset/);
  });

  it("installs once, however often it is asked", async () => {
    await settle();
    installRequestLog((line) => lines.push(`second:${line}`));
    lines.length = 0;
    await fetch(`${base}/`);
    await settle();
    expect(lines).toHaveLength(1);
  });
});

describe("the raw query", () => {
  it("reaches the app exactly as sent on API paths, and cannot be forged", async () => {
    const forged = { [RAW_QUERY_HEADER]: "?q=forged" };
    expect(await (await fetch(`${base}/api/v1/figures?q=%ZZ&unit=caf%C3%28`, { headers: forged })).text()).toBe("?q=%ZZ&unit=caf%C3%28");
    expect(await (await fetch(`${base}/api/v1/figures`, { headers: forged })).text()).toBe("");
    expect(await (await fetch(`${base}/figures?q=%ZZ`, { headers: forged })).text()).toBe("");
    await settle();
  });
});

describe("routeOf and requestLogLine", () => {
  it("keep the path only, cut to a sane length", () => {
    expect(routeOf("/a/b?x=1#y")).toBe("/a/b");
    expect(routeOf(undefined)).toBe("/");
    expect(routeOf(`/${"a".repeat(500)}`)).toHaveLength(201);
    const line = JSON.parse(requestLogLine({ method: "GET", route: "/x", status: 503, durationMs: 1.234 }, new Date(0)));
    expect(line).toEqual({ time: "1970-01-01T00:00:00.000Z", level: "error", msg: "request", method: "GET", route: "/x", status: 503, durationMs: 1.2 });
  });
});
