import { describe, expect, it } from "vitest";
import { readCookie, sessionCookieOptions } from "@/lib/security/cookie";
import { safeNextPath } from "@/lib/security/next-path";
import { checkSameOrigin } from "@/lib/security/origin";
import { hashPassword, parsePasswordHash, verifyPassword } from "@/lib/security/password-hash";
import { createSessionToken, SESSION_MAX_AGE_SECONDS, verifySessionToken } from "@/lib/security/session-token";
import { getCurationConfig, type CurationConfig } from "@/lib/env";

// The pure parts of curator access: password hashes, session tokens, the Origin check, the
// credential's environment and where a login may send the browser.

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashes", () => {
  it("verify the right password only", async () => {
    const hash = await hashPassword("correct horse battery", FAST);
    expect(hash).toMatch(/^scrypt:1024:8:1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salt every hash", async () => {
    expect(await hashPassword("same", FAST)).not.toBe(await hashPassword("same", FAST));
  });

  it("refuse malformed or extravagant parameters instead of running them", async () => {
    const good = await hashPassword("pw-pw-pw-pw-pw", FAST);
    const [, , r, p, salt, key] = good.split(":");
    for (const bad of [
      "",
      "plain-text-password",
      `scrypt$1024$${r}$${p}$${salt}$${key}`,
      `scrypt:1000:${r}:${p}:${salt}:${key}`, // N not a power of two
      `scrypt:${2 ** 21}:${r}:${p}:${salt}:${key}`, // N too large
      `scrypt:512:${r}:${p}:${salt}:${key}`, // N too small
      `scrypt:1024:${r}:${p}:${salt}:short`,
      `scrypt:1024:0:${p}:${salt}:${key}`,
    ]) {
      expect(parsePasswordHash(bad), bad).toBeNull();
      expect(await verifyPassword("pw-pw-pw-pw-pw", bad)).toBe(false);
    }
  });
});

const config = (overrides: Partial<Extract<CurationConfig, { enabled: true }>> = {}): Extract<CurationConfig, { enabled: true }> => ({
  enabled: true,
  user: "curator",
  passwordHash: "scrypt:1024:8:1:AAAAAAAAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
  sessionSecret: "s".repeat(40),
  ...overrides,
});

describe("session tokens", () => {
  it("name the curator while valid", async () => {
    const token = await createSessionToken(config());
    expect(await verifySessionToken(token, config())).toEqual({ user: "curator" });
  });

  it("expire", async () => {
    const issued = new Date("2026-01-01T00:00:00Z");
    const token = await createSessionToken(config(), issued);
    expect(await verifySessionToken(token, config(), new Date(issued.getTime() + (SESSION_MAX_AGE_SECONDS - 60) * 1000))).not.toBeNull();
    expect(await verifySessionToken(token, config(), new Date(issued.getTime() + (SESSION_MAX_AGE_SECONDS + 60) * 1000))).toBeNull();
  });

  it("are refused when forged, tampered, or issued for another secret, user or password", async () => {
    const token = await createSessionToken(config());
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, sub: "admin" })).toString("base64url");
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${payload}.`;
    for (const bad of [`${header}.${forgedPayload}.${signature}`, unsigned, `${token}x`, "", "a.b.c"]) {
      expect(await verifySessionToken(bad, config()), bad).toBeNull();
    }
    expect(await verifySessionToken(token, config({ sessionSecret: "t".repeat(40) }))).toBeNull();
    expect(await verifySessionToken(token, config({ user: "someone" }))).toBeNull();
    expect(await verifySessionToken(token, config({ passwordHash: config().passwordHash.replace("BBB", "CCC") }))).toBeNull();
    expect(await verifySessionToken(token, { enabled: false, reason: "off" })).toBeNull();
    expect(await verifySessionToken(null, config())).toBeNull();
  });
});

describe("the session cookie", () => {
  it("is httpOnly, SameSite=Strict, expiring, and Secure over https", () => {
    expect(sessionCookieOptions(false)).toEqual({ httpOnly: true, sameSite: "strict", secure: false, path: "/", maxAge: SESSION_MAX_AGE_SECONDS });
    expect(sessionCookieOptions(true).secure).toBe(true);
  });

  it("is read from a Cookie header", () => {
    expect(readCookie("a=1; aidflow_session=abc.def; b=2", "aidflow_session")).toBe("abc.def");
    expect(readCookie("xaidflow_session=1", "aidflow_session")).toBeNull();
    expect(readCookie(null, "aidflow_session")).toBeNull();
    expect(readCookie("aidflow_session=%zz", "aidflow_session")).toBeNull();
  });
});

describe("the Origin check", () => {
  const check = (entries: Record<string, string>, url = "http://localhost:3000/x", base?: string) =>
    checkSameOrigin(new Headers(entries), url, base).ok;

  it("accepts our own origin, by Host, URL or PUBLIC_BASE_URL", () => {
    expect(check({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(true);
    expect(check({ origin: "https://aidflow.example", host: "internal:8080", "x-forwarded-host": "aidflow.example", "x-forwarded-proto": "https" }, "http://internal:8080/x")).toBe(true);
    expect(check({ origin: "https://aidflow.example" }, "http://internal:8080/x", "https://aidflow.example")).toBe(true);
    expect(check({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check({ referer: "http://localhost:3000/curate/figures/1" })).toBe(true);
  });

  it("refuses other sites, opaque origins, look-alikes and requests that say nothing", () => {
    expect(check({ origin: "https://evil.example", host: "localhost:3000" })).toBe(false);
    expect(check({ origin: "null", host: "localhost:3000" })).toBe(false);
    expect(check({ origin: "http://localhost:3001", host: "localhost:3000" })).toBe(false);
    expect(check({ origin: "https://localhost:3000", host: "localhost:3000" })).toBe(false);
    expect(check({ origin: "http://localhost:3000.evil.example", host: "localhost:3000" })).toBe(false);
    expect(check({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(check({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(check({ referer: "https://evil.example/page" })).toBe(false);
    expect(check({})).toBe(false);
    // Origin wins over a friendly Sec-Fetch-Site.
    expect(check({ origin: "https://evil.example", "sec-fetch-site": "same-origin" })).toBe(false);
  });
});

describe("the curation environment", () => {
  const hash = "scrypt:32768:8:1:0975EeTvmKdoi243RsQzcg:XXkkPC--WO20ugK8XdCLfhxEDBygT3O4oR6Ra5zuAm8";

  it("is off, with a reason, when nothing is set", () => {
    const result = getCurationConfig({});
    expect(result.enabled).toBe(false);
    if (!result.enabled) expect(result.reason).toContain("CURATOR_USER");
  });

  it("is off, naming the variable but not its value, when a setting is wrong", () => {
    const result = getCurationConfig({ CURATOR_USER: "curator", CURATOR_PASSWORD_HASH: hash, SESSION_SECRET: "too-short-secret" });
    expect(result.enabled).toBe(false);
    if (!result.enabled) {
      expect(result.reason).toContain("SESSION_SECRET");
      expect(result.reason).not.toContain("too-short-secret");
    }
    const plain = getCurationConfig({ CURATOR_USER: "curator", CURATOR_PASSWORD_HASH: "hunter2", SESSION_SECRET: "x".repeat(32) });
    expect(plain.enabled).toBe(false);
    if (!plain.enabled) expect(plain.reason).not.toContain("hunter2");
  });

  it("is on when all three are valid", () => {
    expect(getCurationConfig({ CURATOR_USER: "curator", CURATOR_PASSWORD_HASH: hash, SESSION_SECRET: "x".repeat(32) })).toMatchObject({
      enabled: true,
      user: "curator",
    });
  });
});

describe("where a login may go next", () => {
  it("only to a path on this site", () => {
    expect(safeNextPath("/curate/figures/3?x=1")).toBe("/curate/figures/3?x=1");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "curate", "", null, "/\u0000x", `/${"a".repeat(3000)}`]) {
      expect(safeNextPath(bad), String(bad)).toBe("/curate");
    }
  });
});
