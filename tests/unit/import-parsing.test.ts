import { describe, expect, it } from "vitest";
import { neutraliseFormula, plainNumber } from "@/lib/export/csv/write";
import { checkHeader, EXPORT_ONLY_COLUMNS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from "@/lib/import/columns";
import { decodeUtf8Strict, firstInvalidUtf8Offset } from "@/lib/import/decode";
import { looksLikeFormula, stripFormulaGuard } from "@/lib/import/formula";
import { parseStrictAmount } from "@/lib/import/number";
import { displayValue, MAX_LISTED, ProblemList } from "@/lib/import/problems";
import { RecordCounter } from "@/lib/import/uploads";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";

// The pure pieces of the CSV import: decoding, numbers, the formula guard, headers, the problem
// list and the upload's row count.

describe("strict UTF-8 decoding", () => {
  it("agrees with TextDecoder's fatal mode on where a file stops being UTF-8", () => {
    const cases: number[][] = [
      [0x61, 0xe9, 0x62], // Latin-1 é
      [0x61, 0xc0, 0xaf], // overlong
      [0x61, 0xed, 0xa0, 0x80], // surrogate
      [0x61, 0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0x61, 0x80], // lone continuation byte
      [0x61, 0xe2, 0x82], // cut off at the end
      [0xf0, 0x9f, 0x98, 0x80, 0xff], // valid emoji, then 0xFF
    ];
    for (const bytes of cases) {
      const offset = firstInvalidUtf8Offset(Uint8Array.from(bytes));
      expect(offset, bytes.join(" ")).toBeGreaterThanOrEqual(0);
      // Everything before the offset decodes; the whole does not.
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes.slice(0, offset)))).not.toThrow();
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes))).toThrow();
    }
  });

  it("accepts every script and one BOM, and reports the byte offset and line of a bad byte", () => {
    const text = "key,label\r\nk,საბჭოთა 中苏 Договор 😀\r\n";
    const bytes = new TextEncoder().encode(text);
    expect(firstInvalidUtf8Offset(bytes)).toBe(-1);
    expect(decodeUtf8Strict(bytes)).toEqual({ ok: true, text, hadBom: false });
    expect(decodeUtf8Strict(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text, hadBom: true });
    const bad = Uint8Array.from([...new TextEncoder().encode("a,b\nc,"), 0xe9, 0x0a]);
    const result = decodeUtf8Strict(bad);
    expect(result).toMatchObject({ ok: false, offset: 6, line: 2 });
    if (!result.ok) expect(result.message).toContain("byte 6");
  });

  it("recognises UTF-16 with and without a byte order mark", () => {
    expect(decodeUtf8Strict(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ ok: false, offset: 0 });
    const le = Uint8Array.from(Array.from("key,label\n", (c) => [c.charCodeAt(0), 0]).flat());
    expect(decodeUtf8Strict(le)).toMatchObject({ ok: false });
  });
});

describe("strict numbers", () => {
  it("accepts plain digits exactly as the export writes them", () => {
    for (const value of [0, 1, 25, 1816000000, 0.25, 1.816, 9007199254740991, 0.0000001]) {
      expect(parseStrictAmount(plainNumber(value))).toEqual({ ok: true, value });
    }
    expect(parseStrictAmount("1.50")).toEqual({ ok: true, value: 1.5 });
  });

  it.each([
    ["", "required"],
    ["1,816", "invalid_number"],
    ["1,5", "invalid_number"],
    ["NaN", "invalid_number"],
    ["Infinity", "invalid_number"],
    ["-Infinity", "invalid_number"],
    ["0x1A", "invalid_number"],
    ["1e9", "invalid_number"],
    ["1E+9", "invalid_number"],
    [" 5", "invalid_number"],
    ["5 ", "invalid_number"],
    ["+5", "invalid_number"],
    ["007", "invalid_number"],
    ["1.", "invalid_number"],
    [".5", "invalid_number"],
    ["five", "invalid_number"],
    ["٣", "invalid_number"],
    ["-5", "negative_number"],
    ["-0.5", "negative_number"],
    ["9007199254740992", "number_overflow"],
    ["99999999999999999999", "number_overflow"],
    ["0.30000000000000001", "number_precision"],
    ["123456789.123456789", "number_precision"],
  ])("refuses %j (%s)", (raw, code) => {
    expect(parseStrictAmount(raw)).toMatchObject({ ok: false, code });
  });
});

describe("the formula guard", () => {
  it("undoes exactly what the export does, for any text", () => {
    const texts = ["plain", "=1+1", "+1 minus", "-5", "@SUM(A1)", "'=already quoted", "''+two", "'plain apostrophe", "don't", "="];
    for (const text of texts) expect(stripFormulaGuard(neutraliseFormula(text)), text).toBe(text);
  });

  it("refuses only bare formula starts", () => {
    expect(["=1", "+1", "-1", "@x", "\tx"].every(looksLikeFormula)).toBe(true);
    expect(["'=1", "a=1", "1-2", "'@x"].some(looksLikeFormula)).toBe(false);
  });
});

describe("the header", () => {
  it("splits the export's columns into required, optional and export-only, covering every one", () => {
    expect([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...EXPORT_ONLY_COLUMNS].sort()).toEqual([...FIGURE_CSV_HEADERS].sort());
    expect(FIGURE_CSV_HEADERS).toContain("cited_source");
  });

  it("accepts the export's header and reports every problem of a bad one", () => {
    expect(checkHeader([...FIGURE_CSV_HEADERS], new ProblemList())).not.toBeNull();
    const problems = new ProblemList();
    expect(checkHeader(["key", "key", "", "Label", "amount"], problems)).toBeNull();
    const codes = problems.listed.map((p) => `${p.code}:${p.column}`);
    expect(codes).toContain("duplicate_column:key");
    expect(codes).toContain("blank_column:column 3");
    expect(codes).toContain("unknown_column:Label");
    expect(codes).toContain("unknown_column:amount");
    expect(codes).toContain("missing_column:label");
    expect(problems.listed.find((p) => p.column === "Label")?.message).toContain('did you mean "label"');
  });
});

describe("the problem list", () => {
  it("counts every problem and keeps the first 1,000", () => {
    const problems = new ProblemList();
    for (let i = 0; i < MAX_LISTED + 250; i += 1) problems.add({ row: i + 2, column: "value", value: "x", code: "invalid_number", message: "m" });
    expect(problems.total).toBe(MAX_LISTED + 250);
    expect(problems.listed).toHaveLength(MAX_LISTED);
    expect(problems.listed.at(-1)?.row).toBe(MAX_LISTED + 1);
  });

  it("shows invisible and direction-changing characters, and shortens long values", () => {
    expect(displayValue("a\u202Eb\u0000c\n")).toBe("a⟨U+202E⟩b⟨U+0000⟩c⟨U+000A⟩");
    const long = displayValue("x".repeat(500));
    expect(long.startsWith("x".repeat(80))).toBe(true);
    expect(long).toContain("(500 characters)");
  });
});

describe("counting rows while an upload arrives", () => {
  it("counts records, not line breaks inside quoted cells, across chunk boundaries", () => {
    const text = 'key,notes\r\na,"line one\r\nline two"\r\nb,plain\r\n\r\nc,"""quoted"""';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 7, bytes.length]) {
      const counter = new RecordCounter();
      for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
      expect(counter.total, `chunks of ${size}`).toBe(4);
    }
  });
});
