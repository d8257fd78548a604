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

  it("answers a path with a broken percent-escape with a JSON 400", async () => {
    const response = await proxy(request("/api/v1/figures/%E0%A4%A", { "x-forwarded-for": "10.0.0.3" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_parameter" } });
  });
});
