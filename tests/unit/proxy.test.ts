import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createSessionToken } from "@/lib/security/session-token";
import { hashPassword } from "@/lib/security/password-hash";
import type { CurationConfig } from "@/lib/env";

// proxy.ts as Next calls it: security headers and a fresh nonce on pages, the curation gate, and
// the API's per-client rate limit with a JSON 429.

let proxy: (request: NextRequest) => Promise<Response>;
let config: Extract<CurationConfig, { enabled: true }>;

beforeAll(async () => {
  process.env.RATE_LIMIT_API_PER_MIN = "3";
  process.env.CURATOR_USER = "curator";
  process.env.CURATOR_PASSWORD_HASH = await hashPassword("a long test password", { N: 1024, r: 8, p: 1 });
  process.env.SESSION_SECRET = "x".repeat(48);
  config = { enabled: true, user: "curator", passwordHash: process.env.CURATOR_PASSWORD_HASH, sessionSecret: process.env.SESSION_SECRET };
  ({ proxy } = await import("@/proxy"));
});

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(path, "http://localhost:3000"), { headers });
const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("pages", () => {
  it("get the security headers and a new nonce each time, passed on to the renderer", async () => {
    const first = await proxy(request("/figures"));
    const second = await proxy(request("/figures"));
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(nonceOf(first)).toBeDefined();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    // NextResponse.next({ request: { headers } }) forwards request headers as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(first));
  });

  it("under /embed may be framed by anyone", async () => {
    const response = await proxy(request("/embed/chart/1"));
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(response.headers.get("x-frame-options")).toBeNull();
  });
});

describe("a page address with a broken percent-escape", () => {
  it("gets a 400 page (Next itself would answer a bare 500), with the security headers", async () => {
    for (const path of ["/figures/%E0%A4%A", "/figures/%", "/curate/figures/%zz"]) {
      const response = await proxy(request(path));
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(await response.text()).not.toContain("<script");
    }
  });
});

describe("curation pages", () => {
  it("redirect to the login without a session, keeping the address", async () => {
    const response = await proxy(request("/curate/figures/3?x=1"));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("next")).toBe("/curate/figures/3?x=1");
  });

  it("redirect with a forged session too", async () => {
    const response = await proxy(request("/curate", { cookie: "aidflow_session=not.a.token" }));
    expect(response.status).toBe(303);
  });

  it("open with a valid session", async () => {
    const token = await createSessionToken(config);
    const response = await proxy(request("/curate", { cookie: `aidflow_session=${token}` }));
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
  });
});

describe("the API", () => {
  it("gets nosniff and a CSP that runs nothing", async () => {
    const response = await proxy(request("/api/v1/datasets", { "x-forwarded-for": "10.0.0.9" }));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("answers 429 with Retry-After and a JSON error once a client spends its requests", async () => {
    const client = { "x-forwarded-for": "10.0.0.1" };
    for (let i = 0; i < 3; i++) expect((await proxy(request("/api/v1/figures", client))).status).toBe(200);
    const refused = await proxy(request("/api/v1/figures", client));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", param: null } });
    // Another client is not affected.
    expect((await proxy(request("/api/v1/figures", { "x-forwarded-for": "10.0.0.2" }))).status).toBe(200);
  });

  it("sends RateLimit-Limit, -Remaining and -Reset on every limited answer, and Retry-After on 429", async () => {
    const client = { "x-forwarded-for": "10.0.1.1" };
    const first = await proxy(request("/api/v1/events", client));
    expect(first.headers.get("ratelimit-limit")).toBe("3");
    expect(first.headers.get("ratelimit-remaining")).toBe("2");
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    expect(first.headers.get("retry-after")).toBeNull();
    await proxy(request("/api/v1/events", client));
    expect((await proxy(request("/api/v1/events", client))).headers.get("ratelimit-remaining")).toBe("0");
    const refused = await proxy(request("/api/v1/events", client));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("does not rate-limit the readiness probe", async () => {
    const client = { "x-forwarded-for": "10.0.1.2" };
    for (let i = 0; i < 6; i++) {
      const response = await proxy(request("/api/health", client));
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBeNull();
    }
  });

  it("answers a path with a broken percent-escape with a JSON 400", async () => {
    const response = await proxy(request("/api/v1/figures/%E0%A4%A", { "x-forwarded-for": "10.0.0.3" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_parameter" } });
  });
});

const method = (path: string, verb: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, "http://localhost:3000"), { method: verb, headers });

describe("CORS on the API", () => {
  it("lets any origin read the read-only API, and exposes the headers a script needs", async () => {
    for (const path of ["/api/v1/figures?limit=1", "/api/v1/datasets/x", "/api/v1/openapi.json"]) {
      const response = await proxy(request(path, { "x-forwarded-for": "10.0.2.1", origin: "https://notebook.example" }));
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(response.headers.get("access-control-allow-credentials"), path).toBeNull();
      expect(response.headers.get("access-control-expose-headers"), path).toContain("RateLimit-Remaining");
    }
  });

  it("answers a preflight on the read API with 204, GET, HEAD and OPTIONS, without spending a request", async () => {
    const response = await proxy(
      method("/api/v1/figures", "OPTIONS", { origin: "https://notebook.example", "access-control-request-method": "GET", "x-forwarded-for": "10.0.2.2" }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("ratelimit-limit")).toBeNull();
  });

  it("never on imports, login or curation", async () => {
    const upload = await proxy(method("/api/v1/imports", "POST", { origin: "https://notebook.example", "x-forwarded-for": "10.0.2.3" }));
    expect(upload.headers.get("access-control-allow-origin")).toBeNull();
    const status = await proxy(request("/api/v1/imports/1", { "x-forwarded-for": "10.0.2.3" }));
    expect(status.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await proxy(method("/api/v1/imports", "OPTIONS", { origin: "https://notebook.example", "access-control-request-method": "POST" }));
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    for (const path of ["/login", "/curate"]) expect((await proxy(request(path))).headers.get("access-control-allow-origin"), path).toBeNull();
  });
});

describe("wrong methods on the API", () => {
  it("get 405 with Allow and a JSON error", async () => {
    const cases = [
      ["/api/v1/figures", "DELETE", "GET, HEAD, OPTIONS"],
      ["/api/v1/figures/12/history", "POST", "GET, HEAD, OPTIONS"],
      ["/api/v1/imports", "GET", "POST, OPTIONS"],
      ["/api/health", "PUT", "GET, HEAD, OPTIONS"],
    ] as const;
    for (const [path, verb, allow] of cases) {
      const response = await proxy(method(path, verb, { "x-forwarded-for": "10.0.3.1" }));
      expect(response.status, `${verb} ${path}`).toBe(405);
      expect(response.headers.get("allow"), `${verb} ${path}`).toBe(allow);
      expect(await response.json()).toMatchObject({ error: { code: "method_not_allowed" } });
    }
  });
});

describe("badly encoded query values on the API", () => {
  it("get a 400 naming the parameter, judged on the query as sent", async () => {
    for (const [query, param] of [["q=%ZZ", "q"], ["limit=5&q=caf%C3%28", "q"], ["q=100%", "q"]] as const) {
      const response = await proxy(request(`/api/v1/figures?${query}`, { "x-forwarded-for": "10.0.4.1" }));
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: { code: "invalid_parameter", param } });
    }
  });

  it("reads the query as sent from the server hook's header, since Next re-encodes the URL", async () => {
    const headers = { "x-forwarded-for": "10.0.4.2", "x-aidflow-raw-query": "?q=%ZZ" };
    const response = await proxy(request("/api/v1/figures?q=%25ZZ", headers));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { param: "q" } });
  });
});

describe("a write to a page from another site", () => {
  const evil = { origin: "https://evil.example", host: "localhost:3000" };
  it("gets 403 before Next can reject the server action with a 500", async () => {
    for (const headers of [{ ...evil, "next-action": "abc" }, evil]) {
      for (const path of ["/login", "/curate/figures/1"]) {
        const response = await proxy(method(path, "POST", headers));
        expect(response.status, path).toBe(403);
        expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
        expect(await response.text()).toContain("another site");
      }
    }
  });

  it("goes on from our own origin, or without an Origin (the action itself checks and answers)", async () => {
    const own = await proxy(method("/login", "POST", { origin: "http://localhost:3000", host: "localhost:3000", "next-action": "abc" }));
    expect(own.status).toBe(200);
    const none = await proxy(method("/login", "POST", { host: "localhost:3000", "next-action": "abc" }));
    expect(none.status).toBe(200);
    // A GET from anywhere is a link, not a write.
    expect((await proxy(request("/login", evil))).status).toBe(200);
  });
});
