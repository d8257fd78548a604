import { describe, expect, it } from "vitest";
import type { Figure } from "@/generated/prisma/client";
import { ScratchStoredFigures, storedFiguresInMemory, type StoredFigures } from "@/lib/import/staging/stored-figures";

// The stored figures an import plans against, kept in a scratch file (the CSV import) or in memory
// (the seed and data packages): both must answer alike, and give back each figure as it was read.

function figure(id: number, overrides: Partial<Figure> = {}): Figure {
  return {
    id,
    datasetId: 7,
    key: `f-${id}`,
    label: `Figure ${id} (Грузия · საქართველო, "quoted")`,
    category: "credits_loans",
    kind: "commitment",
    fromActorId: 1,
    toActorId: 2,
    value: id * 1.5,
    valuePrinted: String(id * 1.5),
    unit: "USD",
    priceBasis: null,
    priceYear: null,
    denomination: null,
    qualifier: id % 2 === 0 ? "about" : "exact",
    periodStart: "1950",
    periodEnd: null,
    periodStatus: "stated",
    periodText: null,
    yearStart: 1950,
    yearEnd: 1950,
    parentId: id > 1 && id % 3 === 0 ? id - 1 : null,
    derived: id % 5 === 0,
    derivation: null,
    sourceId: 3,
    provenance: "phrase",
    section: null,
    phrase: `phrase ${id}`,
    cellTable: null,
    cellRow: null,
    cellColumn: null,
    locator: null,
    citedRef: null,
    citedSourceId: null,
    flags: "",
    notes: null,
    searchText: `figure ${id}`,
    ...overrides,
  };
}

// More than one page of the scratch file's reads.
const FIGURES = Array.from({ length: 4_321 }, (_, index) => figure(index + 1));

function scratch(): ScratchStoredFigures {
  const stored = new ScratchStoredFigures();
  for (let start = 0; start < FIGURES.length; start += 1_000) stored.add(FIGURES.slice(start, start + 1_000));
  return stored;
}

describe.each<[string, () => StoredFigures]>([
  ["in a scratch file", scratch],
  ["in memory", () => storedFiguresInMemory(FIGURES)],
])("stored figures %s", (_, make) => {
  it("find each figure by key, as it was read, and each key by id", () => {
    const stored = make();
    try {
      expect(stored.size).toBe(FIGURES.length);
      for (const expected of [FIGURES[0]!, FIGURES[2]!, FIGURES[4]!, FIGURES.at(-1)!]) {
        expect(stored.has(expected.key)).toBe(true);
        expect(stored.get(expected.key)).toEqual(expected);
        expect(stored.keyOfId(expected.id)).toBe(expected.key);
      }
      expect(stored.has("missing")).toBe(false);
      expect(stored.get("missing")).toBeUndefined();
      expect(stored.keyOfId(FIGURES.length + 1)).toBeUndefined();
    } finally {
      stored.close();
    }
  });

  it("list the figures a file leaves out, in id order, a page at a time", () => {
    const stored = make();
    try {
      const keep = new Set(FIGURES.filter((_, index) => index % 7 !== 0).map((f) => f.key));
      expect([...stored.notIn(keep)].flat()).toEqual(FIGURES.filter((f) => !keep.has(f.key)));
      expect([...stored.notIn(new Set(FIGURES.map((f) => f.key)))].flat()).toEqual([]);
    } finally {
      stored.close();
    }
  });
});

it("hands a replace import the figures it removes in pages, never all at once", () => {
  const stored = scratch();
  try {
    const pages = [...stored.notIn(new Set())];
    expect(pages.length).toBeGreaterThan(1);
    expect(Math.max(...pages.map((page) => page.length))).toBeLessThan(FIGURES.length);
    expect(pages.flat()).toEqual(FIGURES);
  } finally {
    stored.close();
  }
});
