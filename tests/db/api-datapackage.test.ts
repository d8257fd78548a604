import { unzipSync } from "fflate";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSeededApiDb, openSeededApiDb } from "@/tests/helpers/api-db";
import type { TempDb } from "@/tests/helpers/temp-db";

// GET /api/v1/datasets/{slug}/datapackage.zip against a seeded database: a valid zip, a descriptor
// whose fields equal the CSV headers, every row of the dataset, and errors in the API's shape.

let db: TempDb | undefined;
let route: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

beforeAll(async () => {
  db = await openSeededApiDb();
  route = (await import("@/app/api/v1/datasets/[slug]/datapackage.zip/route")).GET as typeof route;
});

afterAll(async () => {
  await closeSeededApiDb(db);
});

const call = (slug: string, query = "") => route(new Request(`http://localhost/api/v1/datasets/${slug}/datapackage.zip${query}`), { params: Promise.resolve({ slug }) });

describe("the data package route", () => {
  it("streams a zip of the descriptor, the README and both CSV files, with every row", async () => {
    const dataset = await db!.prisma.dataset.findFirstOrThrow({ include: { _count: { select: { figures: true, events: true } } } });
    const response = await call(dataset.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="aidflow-${dataset.slug}-v${dataset.version}-datapackage-\\d{4}-\\d{2}-\\d{2}\\.zip"$`));
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const descriptor = JSON.parse(new TextDecoder().decode(entries["datapackage.json"])) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    const datasetId = dataset.id;
    const actors = await db!.prisma.actor.count({
      where: { OR: [{ figuresFrom: { some: { datasetId } } }, { figuresTo: { some: { datasetId } } }, { events: { some: { event: { datasetId } } } }] },
    });
    const expected: Record<string, number> = {
      figures: dataset._count.figures,
      events: dataset._count.events,
      // The tables that make the package whole (lib/export/datapackage-tables.ts).
      actors,
      sources: await db!.prisma.source.count({ where: { datasetId } }),
      phases: await db!.prisma.phase.count({ where: { datasetId } }),
      changelog: await db!.prisma.changelogEntry.count({ where: { datasetId } }),
      conversion_rates: await db!.prisma.conversionRate.count(),
    };
    expect(descriptor.resources.map((resource) => resource.name)).toEqual(Object.keys(expected));
    for (const resource of descriptor.resources) {
      const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(entries[resource.path]), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(resource.schema.fields.map((field) => field.name)).toEqual(parsed.meta.fields);
      expect(parsed.data).toHaveLength(expected[resource.name]!);
    }
    expect(new TextDecoder().decode(entries["README.txt"])).toContain(`version ${dataset.version}`);
  });

  it("answers an unknown dataset with 404 and a bad slug or parameter with 400, as JSON", async () => {
    const missing = await call("no-such-dataset");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await call("Not A Slug")).status).toBe(400);
    const dataset = await db!.prisma.dataset.findFirstOrThrow();
    expect((await call(dataset.slug, "?format=csv")).status).toBe(400);
  });
});
