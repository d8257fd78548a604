import { describe, expect, it } from "vitest";
import { EVENT_CSV_HEADERS } from "@/lib/export/csv/event-columns";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { buildDataPackage, packageLicences } from "@/lib/export/datapackage";
import { packageReadme } from "@/lib/export/package-readme";
import { CATEGORY_CODES, QUALIFIER_CODES } from "@/lib/vocab";

// The data package descriptor: every CSV column described, in the CSV's order, with a Frictionless
// type, vocabularies as enums, and the unit handling spelled out on the value field.

const file = loadDatasetFile("prisma/data/sino-soviet-1950-1980.yaml");
const created = new Date(2026, 10, 28, 10, 0);
const descriptor = buildDataPackage({
  dataset: { ...file.dataset },
  sources: file.sources.map((source) => ({ key: source.key, kind: source.kind, citation: source.citation, url: source.url })),
  baseUrl: "https://aidflow.example",
  created,
});
const [figures, events] = descriptor.resources;
const TYPES = new Set(["integer", "number", "string", "boolean"]);

describe("datapackage.json", () => {
  it("is a tabular data package with a name, version, licence, sources and creation time", () => {
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.name).toBe(file.dataset.slug);
    expect(descriptor.version).toBe(`${file.dataset.version}.0.0`);
    expect(descriptor.licenses[0]!.title).toBe(file.dataset.licence);
    expect(descriptor.sources).toHaveLength(file.sources.length);
    expect(descriptor.created).toBe(created.toISOString());
  });

  it("describes every column of each CSV, in the CSV's order, with a type and a description", () => {
    expect(figures.path).toBe("figures.csv");
    expect(figures.schema.fields.map((field) => field.name)).toEqual(FIGURE_CSV_HEADERS);
    expect(events.schema.fields.map((field) => field.name)).toEqual(EVENT_CSV_HEADERS);
    for (const field of [...figures.schema.fields, ...events.schema.fields]) {
      expect(TYPES.has(field.type), `${field.name}: ${field.type}`).toBe(true);
      expect(field.description.length, field.name).toBeGreaterThan(10);
    }
  });

  it("lists the vocabularies as enums and says where the unit is", () => {
    const field = (name: string) => figures.schema.fields.find((entry) => entry.name === name)!;
    expect(field("category").constraints?.enum).toEqual(CATEGORY_CODES);
    // Units are an open vocabulary (ISO 4217, physical units, declared counts): their form is constrained, and the next test shows every row fits.
    expect(field("unit").constraints?.pattern).toBeDefined();
    expect(field("qualifier").constraints?.enum).toEqual(QUALIFIER_CODES);
    expect(field("value").type).toBe("number");
    expect(field("value").description).toMatch(/`unit` column/);
    expect(field("derived").type).toBe("boolean");
    expect(field("period_start").constraints?.pattern).toBeDefined();
    expect(new RegExp(field("period_start").constraints!.pattern!).test("1950-02")).toBe(true);
    expect(new RegExp(field("period_start").constraints!.pattern!).test("1950-2")).toBe(false);
  });

  it("gives every row of the bundled data values its constraints accept", () => {
    const field = (name: string) => figures.schema.fields.find((entry) => entry.name === name)!;
    for (const figure of file.figures) {
      expect(field("category").constraints!.enum).toContain(figure.category);
      expect(new RegExp(field("unit").constraints!.pattern!).test(figure.unit), figure.unit).toBe(true);
      expect(new RegExp(field("flags").constraints!.pattern!).test(figure.flags.join(";")), figure.key).toBe(true);
      expect(new RegExp(field("key").constraints!.pattern!).test(figure.key)).toBe(true);
    }
  });

  it("maps the licence to its SPDX name when it is one we know", () => {
    expect(packageLicences("Data: CC BY 4.0 (x)")[0]!.name).toBe("CC-BY-4.0");
    expect(packageLicences("All rights reserved")).toEqual([{ title: "All rights reserved" }]);
  });

  it("comes with a README that cites the dataset", () => {
    const readme = packageReadme(
      descriptor,
      { slug: file.dataset.slug, title: file.dataset.title, version: file.dataset.version, lastUpdated: file.dataset.lastUpdated, url: "https://aidflow.example/", basedOn: null },
      created,
    );
    expect(readme).toContain("HOW TO CITE (APA)");
    expect(readme).toContain("Retrieved November 28, 2026");
    expect(readme).toContain("@misc{aidflow:");
  });
});

describe("the streamed zip", () => {
  it("is a valid archive holding each entry's chunks, in order", async () => {
    const { unzipSync } = await import("fflate");
    const { utf8Chunks, zipStream } = await import("@/lib/export/zip-stream");
    async function* rows() {
      yield "id,label\r\n";
      for (let index = 0; index < 2000; index += 1) yield `${index},Поставки ${index}\r\n`;
    }
    const stream = zipStream([
      { name: "a.txt", chunks: utf8Chunks(["hello ", "world"]), mtime: created },
      { name: "rows.csv", chunks: utf8Chunks(rows()), mtime: created },
    ]);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual(["a.txt", "rows.csv"]);
    expect(new TextDecoder().decode(entries["a.txt"])).toBe("hello world");
    const csv = new TextDecoder().decode(entries["rows.csv"]).split("\r\n");
    expect(csv[0]).toBe("id,label");
    expect(csv[2000]).toBe("1999,Поставки 1999");
  });
});
