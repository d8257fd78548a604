import { describe, expect, it } from "vitest";
import { apiSecurityHeaders, createNonce, isEmbedPath, pageContentSecurityPolicy, pageSecurityHeaders } from "@/lib/security/headers";

// The header builder used by proxy.ts: nonce-based CSP on pages, framing refused everywhere except
// under /embed, and API answers that can never be run as a document.

const directives = (csp: string) =>
  new Map(csp.split(";").map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name!, values] as const;
  }));

describe("page headers", () => {
  it("carry a script nonce, strict-dynamic and no unsafe-inline for scripts", () => {
    const nonce = createNonce();
    const csp = directives(pageContentSecurityPolicy({ nonce, embed: false, dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    // Styles: unsafe-inline only works without a nonce in the same directive.
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("use a fresh, long nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64").length).toBe(16);
  });

  it("allow eval only in development, and upgrade requests only over https", () => {
    expect(directives(pageContentSecurityPolicy({ nonce: "n", embed: false, dev: true, https: false })).get("script-src")).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy({ nonce: "n", embed: false, dev: false, https: false })).not.toContain("unsafe-eval");
    expect(directives(pageContentSecurityPolicy({ nonce: "n", embed: false, dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("refuse framing everywhere except under /embed", () => {
    for (const path of ["/", "/figures/1", "/curate", "/login", "/embedded", "/api-docs", "/figures/embed"]) {
      const headers = pageSecurityHeaders(path, { nonce: "n", dev: false, https: false });
      expect(directives(headers["Content-Security-Policy"]!).get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(headers["X-Frame-Options"], path).toBe("DENY");
    }
    for (const path of ["/embed", "/embed/chart/1", "/embed/figures?x=1"]) {
      const headers = pageSecurityHeaders(path.split("?")[0]!, { nonce: "n", dev: false, https: false });
      expect(directives(headers["Content-Security-Policy"]!).get("frame-ancestors"), path).toEqual(["*"]);
      expect(headers["X-Frame-Options"], path).toBeUndefined();
    }
    expect(isEmbedPath("/embedx")).toBe(false);
  });

  it("always send nosniff and the referrer policy", () => {
    for (const headers of [pageSecurityHeaders("/", { nonce: "n", dev: false, https: false }), pageSecurityHeaders("/embed/x", { nonce: "n", dev: false, https: false }), apiSecurityHeaders()]) {
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    }
  });
});

describe("API headers", () => {
  it("let nothing run or be framed", () => {
    const headers = apiSecurityHeaders();
    const csp = directives(headers["Content-Security-Policy"]!);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });
});
