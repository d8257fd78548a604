import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { BROKEN_PATH } from "@/lib/api/api-gate";

// The pages proxy.ts answers itself speak the language of the address: English exactly as before,
// Georgian (with lang="ka" and a link to the Georgian overview) under /ka.

let proxy: (request: NextRequest) => Promise<Response>;

beforeAll(async () => {
  ({ proxy } = await import("@/proxy"));
});

const get = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));
const crossSitePost = (path: string) =>
  new NextRequest(new URL(path, "http://localhost:3000"), { method: "POST", headers: { origin: "https://evil.example", host: "localhost:3000", "next-action": "abc" } });

const english = (title: string, text: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title} · Aidflow</title><h1>${title}</h1><p>${text} Go to <a href="/">the overview</a>.</p></html>`;

describe("the proxy's own refusal pages", () => {
  it("stay exactly as they were on English addresses", async () => {
    const bad = await proxy(get("/figures/%E0%A4%A"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe(english("Bad address", `${BROKEN_PATH} Check the link.`));
    const refused = await proxy(crossSitePost("/login"));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(english("Refused", "This form can only be sent from Aidflow's own pages; the request came from another site."));
  });

  it("are in Georgian on Georgian addresses", async () => {
    const bad = await proxy(get("/ka/figures/%E0%A4%A"));
    expect(bad.status).toBe(400);
    const badPage = await bad.text();
    expect(badPage).toMatch(/^<!doctype html><html lang="ka">/);
    expect(badPage).toContain("<h1>არასწორი მისამართი</h1>");
    expect(badPage).toContain('გადადით <a href="/ka">მიმოხილვის გვერდზე</a>.');
    const refused = await proxy(crossSitePost("/ka/curate/figures/1"));
    expect(refused.status).toBe(403);
    const refusedPage = await refused.text();
    expect(refusedPage).toMatch(/^<!doctype html><html lang="ka">/);
    expect(refusedPage).toContain("<h1>უარყოფილია</h1>");
    for (const page of [badPage, refusedPage]) {
      const words = page.replace(/<[^>]+>/g, " ").replace(/Aidflow/g, "");
      expect(words).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
