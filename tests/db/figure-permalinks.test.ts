import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import { seedSecondDataset } from "@/tests/helpers/second-dataset";
import type { TempDb } from "@/tests/helpers/temp-db";

// Figures by their stable address, /datasets/<slug>/figures/<key> (lib/data/figures/get-by-key.ts):
// the reads, the proxy's 404 check, the redirects of the old /figures/<id> and /figures/<key>
// (app/figures/[id]/route.ts), and the link-preview images, against a seeded database with a
// second dataset, one of whose figures shares a key with the first.

let db: TempDb;
let first: { id: number; key: string; slug: string };
let shared: string;
let lone: { key: string; slug: string };

beforeAll(async () => {
  db = await openSeededApiDb();
  process.env.PUBLIC_BASE_URL = "https://aidflow.example";
  const second = await seedSecondDataset(db.prisma);
  const row = await db.prisma.figure.findFirstOrThrow({ where: { parentId: null, components: { some: {} } }, include: { dataset: true }, orderBy: { id: "asc" } });
  first = { id: row.id, key: row.key, slug: row.dataset.slug };
  // Two figures of the second dataset: one takes a key the first dataset also has.
  const [a, b] = await db.prisma.figure.findMany({ where: { dataset: { slug: second.slug } }, orderBy: { id: "asc" }, take: 2 });
  const other = await db.prisma.figure.findFirstOrThrow({ where: { dataset: { slug: first.slug }, id: { not: first.id } }, orderBy: { id: "desc" } });
  shared = other.key;
  await db.prisma.figure.update({ where: { id: a!.id }, data: { key: shared } });
  lone = { key: b!.key, slug: second.slug };
});
afterAll(async () => {
  delete process.env.PUBLIC_BASE_URL;
  await closeSeededApiDb(db);
});

describe("reading a figure by dataset and key", () => {
  it("gives the same figure as its id, with canonical links for it, its parent and its parts", async () => {
    const { getFigureByKeyOrNull } = await import("@/lib/data/figures/get-by-key");
    const { getFigureOrNull } = await import("@/lib/data/figures/get");
    const byKey = await getFigureByKeyOrNull({ slug: first.slug, key: first.key });
    expect(byKey).toEqual(await getFigureOrNull(first.id));
    expect(byKey!.links.html).toBe(`https://aidflow.example/datasets/${first.slug}/figures/${first.key}`);
    expect(byKey!.components.length).toBeGreaterThan(0);
    for (const part of byKey!.components) expect(part.links.html).toBe(`https://aidflow.example/datasets/${first.slug}/figures/${part.key}`);
  });

  it("finds nothing for an unknown key, another dataset's key, or a malformed one", async () => {
    const { getFigureByKeyOrNull } = await import("@/lib/data/figures/get-by-key");
    expect(await getFigureByKeyOrNull({ slug: first.slug, key: "no-such-figure" })).toBeNull();
    expect(await getFigureByKeyOrNull({ slug: first.slug, key: lone.key })).toBeNull();
    expect(await getFigureByKeyOrNull({ slug: "No Such", key: first.key })).toBeNull();
    expect(await getFigureByKeyOrNull({ slug: first.slug, key: "x".repeat(81) })).toBeNull();
  });

  it("tells the proxy which figure addresses are missing", async () => {
    const { isMissingFigurePage } = await import("@/lib/data/figures/page-exists");
    expect(await isMissingFigurePage(`/datasets/${first.slug}/figures/${first.key}`)).toBe(false);
    expect(await isMissingFigurePage(`/datasets/${lone.slug}/figures/${lone.key}/`)).toBe(false);
    expect(await isMissingFigurePage(`/figures/${shared}`)).toBe(false);
    expect(await isMissingFigurePage(`/figures/${lone.key}`)).toBe(false);
    for (const path of [`/datasets/${first.slug}/figures/no-such-figure`, `/datasets/no-such-dataset/figures/${first.key}`, `/datasets/${first.slug}/figures/%E0`, `/datasets/${lone.slug}/figures/${first.key}`, "/figures/no-such-figure"])
      expect(await isMissingFigurePage(path), path).toBe(true);
    // The overview, its images and other pages under a dataset are not figure pages.
    for (const path of [`/datasets/${first.slug}`, `/datasets/${first.slug}/opengraph-image`, `/datasets/${first.slug}/figures/${first.key}/opengraph-image`])
      expect(await isMissingFigurePage(path), path).toBe(false);
  });
});

describe("the old addresses", () => {
  const get = async (segment: string) => {
    const { GET } = await import("@/app/[locale]/figures/[id]/route");
    return GET(new Request(`http://localhost/figures/${segment}`), { params: Promise.resolve({ id: segment }) });
  };

  it("send a numeric id permanently to the figure's canonical page", async () => {
    const response = await get(String(first.id));
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(`/datasets/${first.slug}/figures/${first.key}`);
  });

  it("send a key only one dataset has there too, but temporarily: another dataset may gain it", async () => {
    const response = await get(lone.key);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`/datasets/${lone.slug}/figures/${lone.key}`);
  });

  it("list the candidates for a key several datasets have", async () => {
    const response = await get(shared);
    expect(response.status).toBe(300);
    const html = await response.text();
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).filter((href) => href!.startsWith("/datasets/"));
    expect(hrefs.sort()).toEqual([`/datasets/${first.slug}/figures/${shared}`, `/datasets/${lone.slug}/figures/${shared}`].sort());
  });

  it("answer 404 for an id or key that names nothing", async () => {
    for (const segment of ["999999999", "no-such-figure", "Bad Key"]) expect((await get(segment)).status, segment).toBe(404);
  });
});

describe("link-preview images", () => {
  const isPng = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const dimensions = (bytes: Uint8Array) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  };

  it("draws a figure's preview as a 1200 × 630 PNG, and none for a figure that does not exist", async () => {
    const image = (await import("@/app/[locale]/datasets/[slug]/figures/[key]/opengraph-image")).default;
    const response = await image({ params: Promise.resolve({ slug: first.slug, key: first.key }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(isPng(bytes)).toBe(true);
    expect(dimensions(bytes)).toEqual({ width: 1200, height: 630 });
    // Text on a plain background: tens of kilobytes, not a blank frame of a few hundred bytes.
    expect(bytes.byteLength).toBeGreaterThan(15_000);
    expect((await image({ params: Promise.resolve({ slug: first.slug, key: "no-such-figure" }) })).status).toBe(404);
  });

  it("draws the overview's and an embedded chart's previews", async () => {
    const overview = (await import("@/app/[locale]/datasets/[slug]/opengraph-image")).default;
    const chart = (await import("@/app/[locale]/embed/[slug]/[chart]/opengraph-image")).default;
    for (const response of [await overview({ params: Promise.resolve({ slug: first.slug }) }), await chart({ params: Promise.resolve({ slug: first.slug, chart: "ledger" }) })]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(15_000);
    }
    expect((await overview({ params: Promise.resolve({ slug: "no-such-dataset" }) })).status).toBe(404);
    expect((await chart({ params: Promise.resolve({ slug: first.slug, chart: "pie" }) })).status).toBe(404);
  });
});
