import { describe, expect, it } from "vitest";
import { defaultSourceKey } from "@/lib/import/defaults/default-source";
import { derivedKey } from "@/lib/import/defaults/derived-key";
import { fillDefaults } from "@/lib/import/defaults/fill-defaults";
import { readDescriptor } from "@/lib/import/package/descriptor";
import { isSafeResourcePath, looksLikeZip } from "@/lib/import/package/package-files";
import { ProblemList } from "@/lib/import/problems";
import type { ImportRow } from "@/lib/import/row-schema";
import { figureEntrySchema } from "@/lib/schemas/dataset-file";
import { Vocabulary } from "@/lib/vocab/vocabulary";

// The defaults of a plain table that need no database (keys, source keys, labels), and the checks
// of a data package's descriptor and paths.

const flow = { from: "USA", to: "FRA", category: null, kind: null, unit: "USD", start: "1948", end: "1952" };

describe("a plain table's keys", () => {
  it("are made of the flow, never of the value, in lower case with hyphens", () => {
    expect(derivedKey(flow)).toBe("usa-fra-usd-1948-1952");
    expect(derivedKey({ ...flow, end: "1948" })).toBe("usa-fra-usd-1948");
    expect(derivedKey({ ...flow, category: "technical_assistance", kind: "delivery", unit: "sq_mi" })).toBe("usa-fra-technical-assistance-delivery-sq-mi-1948-1952");
    expect(derivedKey({ ...flow, from: null, start: null, end: null })).toBe("none-fra-usd-undated");
  });

  it("stay within 80 characters, ending in a hash of the whole when longer", () => {
    const long = derivedKey({ ...flow, category: "a_very_long_declared_category_code_for_a_test", kind: "commitment", start: "1948-04-03", end: "1952-06-30" });
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^usa-fra-a-very-long.*-[0-9a-f]{10}$/);
    expect(derivedKey({ ...flow, category: "a_very_long_declared_category_code_for_a_test", kind: "commitment", start: "1948-04-03", end: "1952-06-30" })).toBe(long);
  });
});

describe("the source named for rows without one", () => {
  it("is the stored source with the same reference, or a readable, stable new key", () => {
    const citation = "U.S. Economic Cooperation Administration (1953). Twentieth report to Congress.";
    expect(defaultSourceKey(citation, new Map([["eca-1953", citation]]))).toBe("eca-1953");
    const key = defaultSourceKey(citation, new Map());
    expect(key).toMatch(/^us-economic-cooperation-administration-1953-twentieth-[0-9a-f]{6}$/);
    expect(defaultSourceKey(citation, new Map())).toBe(key);
    expect(defaultSourceKey("Другой источник", new Map())).toMatch(/^source-[0-9a-f]{6}$/);
  });
});

describe("a plain table's labels and price basis", () => {
  it("name the actors, the unit and the period; money gets the price basis not stated", () => {
    const entry = figureEntrySchema.parse({
      key: "usa-fra-usd-1948-1952",
      label: "x",
      category: "not_stated",
      kind: "not_stated",
      from: "USA",
      to: "FRA",
      value: 5,
      printed: "5",
      unit: "USD",
      qualifier: "exact",
      period: { start: "1948", end: "1952", status: "stated", text: null },
      parent: null,
      derived: false,
      derivation: null,
      source: "x",
      provenance: "source",
      cited: null,
      flags: [],
      notes: null,
    });
    const rows: ImportRow[] = [{ row: 2, entry, dataset: null, sourceCitation: null, citedSourceCitation: null, fill: { label: true, source: true, priceBasis: true } }];
    fillDefaults(rows, { sources: new Map(), vocabulary: new Vocabulary() }, "A reference");
    expect(rows[0]!.entry).toMatchObject({ label: "USA → FRA, US dollars, 1948–1952", priceBasis: "not_stated", source: expect.stringMatching(/^a-reference-[0-9a-f]{6}$/) });
    expect(rows[0]!.sourceCitation).toBe("A reference");
  });
});

describe("a data package's descriptor", () => {
  const descriptor = (extra: object) =>
    new TextEncoder().encode(
      JSON.stringify({
        name: "aid-test",
        title: "Aid",
        "aidflow:datasetVersion": 3,
        "aidflow:lastUpdated": "2026-01-02",
        resources: [
          { name: "figures", path: "figures.csv" },
          { name: "sources", path: "sources.csv" },
        ],
        ...extra,
      }),
    );

  it("reads the dataset's fields, with null for what it does not say", () => {
    const read = readDescriptor(descriptor({ licenses: [{ title: "CC0-1.0" }], "aidflow:meta": { sides: { a: "USA", b: "FRA" } } }), new ProblemList());
    expect(read).toMatchObject({ slug: "aid-test", version: 3, lastUpdated: "2026-01-02", licence: "CC0-1.0", description: null, citation: null, meta: { sides: { a: "USA", b: "FRA" } } });
    expect([...read!.paths]).toEqual([
      ["figures", "figures.csv"],
      ["sources", "sources.csv"],
    ]);
  });

  it("names each property that is wrong", () => {
    const problems = new ProblemList();
    const bad = descriptor({ "aidflow:meta": { sides: { a: "usa" } }, resources: [{ name: "figures", path: "../figures.csv" }, { name: "extras", path: "x.csv" }] });
    expect(readDescriptor(bad, problems)).toBeNull();
    expect(problems.listed.map((problem) => problem.column)).toEqual(["resources.0.path", "resources.1.name"]);
    const missing = new ProblemList();
    expect(readDescriptor(descriptor({ resources: [{ name: "figures", path: "figures.csv" }] }), missing)).toBeNull();
    expect(missing.listed.map(({ column, value, code }) => ({ column, value, code }))).toEqual([{ column: "resources", value: "sources", code: "missing_column" }]);
    const json = new ProblemList();
    expect(readDescriptor(new TextEncoder().encode("{ not json"), json)).toBeNull();
    expect(json.listed[0]?.code).toBe("invalid_format");
  });

  it("allows only relative paths inside the package, and knows a zip by its first bytes", () => {
    expect(["figures.csv", "data/figures.csv"].every(isSafeResourcePath)).toBe(true);
    expect(["/etc/passwd", "../x.csv", "a//b.csv", "a\\\\b.csv", "./x.csv", ""].some(isSafeResourcePath)).toBe(false);
    expect(looksLikeZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(looksLikeZip(new TextEncoder().encode("key,label"))).toBe(false);
  });
});
