import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkUtf8Strict } from "@/lib/import/decode";
import { ProblemList } from "@/lib/import/problems";
import { readTableFromFile } from "@/lib/import/read-file";
import { readTable } from "@/lib/import/read-table";
import type { ImportRow } from "@/lib/import/row-schema";
import { StagedRows } from "@/lib/import/staging/staged-rows";
import { Utf8StreamCheck } from "@/lib/import/utf8-stream";
import { WarningList } from "@/lib/import/warnings";

const dir = mkdtempSync(path.join(os.tmpdir(), "aidflow-staging-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileOf(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A file read from disk as a stream and the same bytes read whole: records, header, delimiter and problems. */
async function bothWays(bytes: Uint8Array, limits = { maxBytes: 10_000, maxRows: 10 }) {
  const streamed = { records: [] as unknown[], problems: new ProblemList(), warnings: new WarningList() };
  const whole = { records: [] as unknown[], problems: new ProblemList(), warnings: new WarningList() };
  const fromFile = await readTableFromFile(fileOf("t.csv", bytes), { ...limits, warnings: streamed.warnings }, streamed.problems, (record, header) => streamed.records.push({ ...record, header }));
  const fromBytes = readTable(bytes, { ...limits, warnings: whole.warnings }, whole.problems, (record, header) => whole.records.push({ ...record, header }));
  return { streamed: { table: fromFile, ...streamed }, whole: { table: fromBytes, ...whole } };
}

const row = (n: number, key: string, parent: string | null = null): ImportRow =>
  ({ row: n, entry: { key, parent, label: `figure ${key}` }, dataset: null, sourceCitation: null, citedSourceCitation: null }) as unknown as ImportRow;

describe("a CSV read from disk as a stream", () => {
  it("finds what a whole-file read finds, for good and bad files alike", async () => {
    const encoder = new TextEncoder();
    const cases: Uint8Array[] = [
      encoder.encode("\uFEFFcafe\u0301;b\n\"x;e\u0301\";\u0436\n\n2;3\n"),
      encoder.encode("a,b\n1,2\n3,4\"\n"),
      encoder.encode("a\n1\n2\n3\n"),
      encoder.encode(""),
      encoder.encode("a,b\n"),
      encoder.encode("\uFEFF\uFEFFa\n1\n"),
      new Uint8Array([0xff, 0xfe, 0x61, 0x00]),
      new Uint8Array([...encoder.encode("a,b\n1,caf"), 0xe9, ...encoder.encode(",x\n")]),
      new Uint8Array([...encoder.encode('a,b\n1,"x\n'), 0xc3]),
      new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? 0x61 : 0))),
    ];
    for (const bytes of cases) {
      const { streamed, whole } = await bothWays(bytes, { maxBytes: 10_000, maxRows: 2 });
      expect(streamed.table).toEqual(whole.table);
      expect(streamed.records).toEqual(whole.records);
      expect(streamed.problems.listed).toEqual(whole.problems.listed);
      expect(streamed.warnings.listed).toEqual(whole.warnings.listed);
    }
  });

  it("refuses a file over the size limit before reading it", async () => {
    const { streamed } = await bothWays(new TextEncoder().encode("a,b\n1,2\n"), { maxBytes: 4, maxRows: 10 });
    expect(streamed.table).toBeNull();
    expect(streamed.problems.listed[0]).toMatchObject({ code: "file_too_large" });
  });

  it("names the same byte and line when a bad byte or a cut character falls on a chunk's edge", () => {
    const text = new TextEncoder().encode("é\nжж\n€\n😀,x\n");
    const bad = new Uint8Array([...text.subarray(0, 9), 0xc0, ...text.subarray(9)]);
    for (const bytes of [text, bad, text.subarray(0, text.length - 3)]) {
      const whole = checkUtf8Strict(bytes);
      for (let cut = 0; cut <= bytes.length; cut += 1) {
        const check = new Utf8StreamCheck();
        check.feed(bytes.subarray(0, cut));
        check.feed(bytes.subarray(cut));
        const failure = check.end();
        if (whole.ok) expect(failure).toBeNull();
        else expect(failure).toEqual(expect.objectContaining({ offset: whole.offset, line: whole.line }));
      }
    }
  });
});

describe("staged rows", () => {
  it("keeps rows on disk in order, with each key's first row, the parents, amendments and the series marks", () => {
    const rows = new StagedRows();
    try {
      rows.push(row(2, "a"));
      rows.push(row(3, "b", "a"));
      rows.push(row(4, "c", "b"));
      expect(rows.length).toBe(3);
      expect(rows.firstOf("a", 2, 7)).toBeNull();
      expect(rows.firstOf("a", 5, 8)).toEqual({ row: 2, digest: 7 });
      expect(rows.keys.has("a")).toBe(true);
      expect(rows.keys.has("z")).toBe(false);
      expect(rows.parents.get("c")).toBe("b");
      expect(rows.parents.get("a")).toBeNull();
      expect(rows.parents.has("z")).toBe(false);
      expect([...rows.parentLinks(1)]).toEqual([[["b", "a"]], [["c", "b"]]]);
      rows.amend((r) => (r.entry.label = r.entry.label.toUpperCase()));
      expect([...rows].map((r) => [r.row, r.entry.label])).toEqual([
        [2, "FIGURE A"],
        [3, "FIGURE B"],
        [4, "FIGURE C"],
      ]);
      expect([...rows.chunks(2)].map((chunk) => chunk.length)).toEqual([2, 1]);
      rows.seriesMarks.set("s", { year: 2 });
      expect(rows.seriesMarks.get("s")).toEqual({ year: 2 });
      expect(rows.seriesMarks.get("t")).toBeUndefined();
    } finally {
      rows.close();
    }
  });
});
