import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// A Georgian overview names the dataset's declared unit families with the names its stored
// metadata gives (meta.familyNames), read with the dataset like its actors' names.

let db: TempDb;
let slug: string;
beforeAll(async () => {
  db = await openSeededApiDb();
  slug = (await db.prisma.dataset.findFirstOrThrow({ orderBy: { id: "asc" } })).slug;
});
afterAll(() => closeSeededApiDb(db));

describe("the overview's unit families in Georgian", () => {
  it("come from the stored metadata, and stay the data's own in English", async () => {
    const { loadOverview } = await import("@/lib/views/overview");
    const stored = JSON.parse((await db.prisma.dataset.findUniqueOrThrow({ where: { slug } })).meta) as { familyNames: Record<string, { ka: { name: string } }> };
    const label = async (locale: string) =>
      (await loadOverview(slug, { family: "rolling_stock" }, {}, locale))!.view.selection!.familyOptions.find((option) => option.family === "rolling_stock")?.label;
    expect(await label("ka")).toBe(stored.familyNames.rolling_stock!.ka.name);
    expect(await label("en")).toBe("Rolling stock");
  });
});
