import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PreviewCard } from "@/lib/views/figure/link-preview";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// The overview's and the embedded chart's link previews on a Georgian address: the card's words in
// Georgian (the dataset's and the source's own titles as printed), drawn with the Georgian font, so
// next/og never tries to fetch a font for letters it lacks.

const drawn: { card: PreviewCard; locale: string | undefined }[] = [];
vi.mock("@/components/figure/link-preview-image", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/components/figure/link-preview-image")>();
  return {
    ...original,
    linkPreviewImage: (card: PreviewCard, locale?: "en" | "ka") => {
      drawn.push({ card, locale });
      return original.linkPreviewImage(card, locale);
    },
  };
});

const GEORGIAN = /[\u10D0-\u10FF]/;
let db: TempDb;
let slug: string;

beforeAll(async () => {
  db = await openSeededApiDb();
  slug = (await db.prisma.dataset.findFirstOrThrow({ orderBy: { id: "asc" } })).slug;
});
afterAll(() => closeSeededApiDb(db));

async function draw(render: () => Promise<Response>) {
  drawn.length = 0;
  const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const response = await render();
  const bytes = Buffer.from(await response.arrayBuffer());
  const logged = [...errors.mock.calls, ...warnings.mock.calls].flat().map(String).join("\n");
  vi.restoreAllMocks();
  return { response, bytes, logged, card: drawn[0]!.card, locale: drawn[0]!.locale };
}

describe("link previews on Georgian addresses", () => {
  it("draws the overview's preview in Georgian, with the Georgian font", async () => {
    const image = (await import("@/app/[locale]/datasets/[slug]/opengraph-image")).default;
    const ka = await draw(() => image({ params: Promise.resolve({ locale: "ka", slug }) }));
    const en = await draw(() => image({ params: Promise.resolve({ slug }) }));
    expect(ka.response.status).toBe(200);
    expect(ka.response.headers.get("content-type")).toBe("image/png");
    expect(ka.locale).toBe("ka");
    expect(ka.card.kicker).toBe("Aidflow-ის მონაცემთა ნაკრები");
    expect(ka.card.source).toMatch(/^წყარო: /);
    expect(ka.card.value).toMatch(GEORGIAN);
    expect(ka.card.title).toBe(en.card.title);
    expect(en.card.kicker).toBe("Aidflow dataset");
    expect(en.card.source).toMatch(/^Source: /);
    expect(ka.logged).not.toMatch(/Failed to load dynamic font/);
    expect(ka.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(Buffer.compare(ka.bytes, en.bytes)).not.toBe(0);
  });

  it("draws an embedded chart's preview in Georgian, with the Georgian font", async () => {
    const image = (await import("@/app/[locale]/embed/[slug]/[chart]/opengraph-image")).default;
    const ka = await draw(() => image({ params: Promise.resolve({ locale: "ka", slug, chart: "ledger" }) }));
    const en = await draw(() => image({ params: Promise.resolve({ slug, chart: "ledger" }) }));
    expect(ka.response.status).toBe(200);
    expect(ka.locale).toBe("ka");
    expect(ka.card.title).toMatch(GEORGIAN);
    expect(ka.card.title).not.toBe(en.card.title);
    expect(ka.card.value).toMatch(GEORGIAN);
    expect(ka.logged).not.toMatch(/Failed to load dynamic font/);
    expect(ka.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
