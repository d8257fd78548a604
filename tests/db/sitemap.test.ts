import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// /sitemap.xml and /robots.txt (app/sitemap.ts, app/robots.ts) against a seeded database.

let db: TempDb;

beforeAll(async () => {
  db = await openSeededApiDb();
  process.env.PUBLIC_BASE_URL = "https://aidflow.example";
});
afterAll(async () => {
  delete process.env.PUBLIC_BASE_URL;
  await closeSeededApiDb(db);
});

describe("the sitemap", () => {
  it("lists the site's pages and every dataset's pages, with absolute URLs and the dataset's date", async () => {
    const sitemap = (await import("@/app/sitemap")).default;
    const entries = await sitemap();
    const urls = entries.map((entry) => entry.url);
    for (const page of ["/", "/datasets", "/figures", "/events", "/methodology", "/api-docs"]) expect(urls).toContain(`https://aidflow.example${page}`);
    const datasets = await db.prisma.dataset.findMany({ select: { slug: true, lastUpdated: true } });
    expect(datasets.length).toBeGreaterThan(0);
    for (const { slug, lastUpdated } of datasets) {
      const overview = entries.find((entry) => entry.url === `https://aidflow.example/datasets/${slug}`);
      expect(overview?.lastModified).toBe(lastUpdated);
      expect(urls).toContain(`https://aidflow.example/figures?dataset=${slug}`);
      expect(urls).toContain(`https://aidflow.example/events?dataset=${slug}`);
    }
    expect(urls.some((url) => /\/curate|\/login|\/api\//.test(url))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of curation, the login and imports, and names the sitemap", async () => {
    const robots = (await import("@/app/robots")).default();
    expect(robots.rules).toMatchObject({ userAgent: "*", allow: "/", disallow: expect.arrayContaining(["/curate", "/login", "/api/v1/imports"]) });
    expect(robots.sitemap).toBe("https://aidflow.example/sitemap.xml");
  });
});
