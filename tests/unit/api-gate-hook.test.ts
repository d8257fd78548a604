import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The API's gate on a real Node HTTP server, as `next start` runs it with instrumentation.ts: a
// refusal is answered before the app sees the request, an allowed request reaches the app with the
// gate's headers and the marker that makes Next skip proxy.ts, and no client can send that marker.

let server: http.Server;
let base: string;
let API_GATED_HEADER: string;
const reached: { url: string; gated: string | undefined }[] = [];

beforeAll(async () => {
  process.env.RATE_LIMIT_API_PER_MIN = "2";
  const hook = await import("@/lib/api/api-gate-hook");
  API_GATED_HEADER = hook.API_GATED_HEADER;
  hook.installApiGate();
  hook.installApiGate();
  server = http.createServer((request, response) => {
    const gated = request.headers[API_GATED_HEADER];
    reached.push({ url: request.url ?? "", gated: Array.isArray(gated) ? gated.join() : gated });
    response.setHeader("Content-Type", "text/plain");
    response.end("app");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (ip: string, more: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": ip, ...more } });

describe("the API gate on the HTTP server", () => {
  it("lets a request through with the API's headers and the marker, then refuses the client over its limit", async () => {
    reached.length = 0;
    const first = await fetch(`${base}/api/v1/figures?limit=1`, client("10.9.0.1", { [API_GATED_HEADER]: "forged" }));
    expect(await first.text()).toBe("app");
    expect(first.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("ratelimit-limit")).toBe("2");
    expect(first.headers.get("ratelimit-remaining")).toBe("1");
    expect((await fetch(`${base}/api/v1/figures`, client("10.9.0.1"))).status).toBe(200);
    const refused = await fetch(`${base}/api/v1/figures`, client("10.9.0.1"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(reached).toEqual([
      { url: "/api/v1/figures?limit=1", gated: "1" },
      { url: "/api/v1/figures", gated: "1" },
    ]);
    // Another client has its own allowance; the limit-free health check is never counted.
    expect((await fetch(`${base}/api/v1/figures`, client("10.9.0.2"))).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/api/health`, client("10.9.0.1"))).status).toBe(200);
  });

  it("answers wrong methods, preflights and badly encoded queries itself", async () => {
    reached.length = 0;
    const wrong = await fetch(`${base}/api/v1/figures`, { method: "DELETE", ...client("10.9.1.1") });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await wrong.json()).toMatchObject({ error: { code: "method_not_allowed" } });
    const preflight = await fetch(`${base}/api/v1/figures`, { method: "OPTIONS", ...client("10.9.1.1", { "access-control-request-method": "GET" }) });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const badQuery = await fetch(`${base}/api/v1/figures?q=%ZZ`, client("10.9.1.2"));
    expect(badQuery.status).toBe(400);
    expect(await badQuery.json()).toMatchObject({ error: { code: "invalid_parameter", param: "q" } });
    const badPath = await fetch(`${base}/api/v1/figures/%E0%A4%A`, client("10.9.1.3"));
    expect(badPath.status).toBe(400);
    expect(reached).toEqual([]);
  });

  it("leaves pages to the proxy, and drops a marker a client sends", async () => {
    reached.length = 0;
    const page = await fetch(`${base}/figures?q=x`, client("10.9.2.1", { [API_GATED_HEADER]: "1" }));
    expect(page.headers.get("content-security-policy")).toBeNull();
    expect(reached).toEqual([{ url: "/figures?q=x", gated: undefined }]);
  });

  it("is what proxy.ts's matcher names, so that Next skips the proxy for a gated request", async () => {
    process.env.CURATOR_USER ??= "curator";
    const { config } = await import("@/proxy");
    const apiMatcher = config.matcher.find((matcher) => typeof matcher !== "string");
    expect(apiMatcher).toEqual({ source: "/api/:path*", missing: [{ type: "header", key: API_GATED_HEADER }] });
  });
});
