import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { languageAlternates, localizedPath, localizeMetadata } from "@/lib/i18n/alternates";
import { splitLocalePath } from "@/lib/i18n/locale-path";

// The language of an address: English keeps the addresses it always had, Georgian is under /ka, a
// first visit to "/" follows Accept-Language and a stored choice, and the proxy's other duties
// (embeds framed, curation gated, the nonce) apply to /ka/... as to the English address.

let proxy: (request: NextRequest) => Promise<Response>;
beforeAll(async () => {
  process.env.CURATOR_USER = "curator";
  process.env.CURATOR_PASSWORD_HASH = "scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  process.env.SESSION_SECRET = "x".repeat(48);
  ({ proxy } = await import("@/proxy"));
});

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(path, "http://localhost:3000"), { headers });
const localeOf = (response: Response) => response.headers.get("x-middleware-request-x-next-intl-locale");

describe("addresses and languages", () => {
  it("splits the language prefix off a path", () => {
    expect(splitLocalePath("/ka/figures/3")).toEqual({ locale: "ka", path: "/figures/3", prefix: "/ka" });
    expect(splitLocalePath("/ka")).toEqual({ locale: "ka", path: "/", prefix: "/ka" });
    expect(splitLocalePath("/figures")).toEqual({ locale: "en", path: "/figures", prefix: "" });
    expect(splitLocalePath("/kangaroo")).toEqual({ locale: "en", path: "/kangaroo", prefix: "" });
  });

  it("gives every page its hreflang alternates, English as x-default", () => {
    expect(localizedPath("/", "ka")).toBe("/ka");
    expect(languageAlternates("/events")).toEqual({ en: "/events", ka: "/ka/events", "x-default": "/events" });
    const metadata = localizeMetadata({ alternates: { canonical: "/figures/x" }, openGraph: { url: "/figures/x", locale: "en" } }, "/figures/x", "ka");
    expect(metadata.alternates?.canonical).toBe("/ka/figures/x");
    expect(metadata.openGraph).toMatchObject({ locale: "ka_GE", url: "/ka/figures/x", alternateLocale: ["en_US"] });
  });
});

describe("the proxy's choice of language", () => {
  it("serves an English address in English, as before, whatever the browser prefers or chose", async () => {
    const cases: Record<string, string>[] = [{ "accept-language": "en-US,en;q=0.9" }, { "accept-language": "ka" }, { cookie: "NEXT_LOCALE=ka" }];
    for (const headers of cases) {
      const response = await proxy(request("/figures?sort=-value", headers));
      expect(response.status).toBe(200);
      expect(response.headers.get("location")).toBeNull();
      expect(localeOf(response)).toBe("en");
      expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname).toBe("/en/figures");
    }
  });

  it("sends a first visit to / to Georgian when the browser prefers it", async () => {
    const response = await proxy(request("/", { "accept-language": "ka-GE,ka;q=0.9,en;q=0.5" }));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/ka");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("remembers the choice made with the switcher (NEXT_LOCALE)", async () => {
    const response = await proxy(request("/", { cookie: "NEXT_LOCALE=ka" }));
    expect(new URL(response.headers.get("location")!).pathname).toBe("/ka");
  });

  it("renders /ka/... in Georgian, with the nonce and the address without its prefix", async () => {
    const response = await proxy(request("/ka/events?type=visit"));
    expect(response.status).toBe(200);
    expect(localeOf(response)).toBe("ka");
    expect(response.headers.get("x-middleware-request-x-nonce")).toBeTruthy();
    expect(response.headers.get("x-middleware-request-x-aidflow-path")).toBe("/events");
  });

  it("lets any site frame a Georgian embed, as an English one", async () => {
    const response = await proxy(request("/ka/embed/some-dataset/ledger"));
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
  });

  it("sends a Georgian curation address to the Georgian login, keeping the address", async () => {
    const response = await proxy(request("/ka/curate/figures?q=x"));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/ka/login");
    expect(location.searchParams.get("next")).toBe("/ka/curate/figures?q=x");
  });

  it("sends /en/... to the English address, which has no prefix", async () => {
    const response = await proxy(request("/en/methodology"));
    expect(new URL(response.headers.get("location")!).pathname).toBe("/methodology");
  });

  it("leaves files alone (robots.txt, fonts)", async () => {
    for (const path of ["/robots.txt", "/sitemap.xml", "/fonts/noto-sans-georgian-georgian-400-normal.woff2"]) {
      const response = await proxy(request(path, { "accept-language": "ka" }));
      expect(response.headers.get("location"), path).toBeNull();
      expect(response.headers.get("x-middleware-rewrite"), path).toBeNull();
    }
  });
});

describe("preview images", () => {
  it("are served at the internal English address Next names them by, without a redirect", async () => {
    const response = await proxy(request("/en/datasets/some-dataset/figures/some-key/opengraph-image?abc123"));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-request-x-next-intl-locale")).toBe("en");
  });
});
