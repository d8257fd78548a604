import { describe, expect, it } from "vitest";
import { csvFilename } from "@/lib/export/csv/filename";
import { csvLines, csvValueField, csvValueLines, neutraliseFormula, plainNumber, toCsvCell, utf8Chunks } from "@/lib/export/csv/write";

describe("CSV cells", () => {
  it("writes numbers as plain digits, never in exponent form or with separators", () => {
    expect(plainNumber(1816000000)).toBe("1816000000");
    expect(plainNumber(6.2e9)).toBe("6200000000");
    expect(plainNumber(1e21)).toBe("1000000000000000000000");
    expect(plainNumber(1.5e-7)).toBe("0.00000015");
    expect(plainNumber(0.25)).toBe("0.25");
    expect(() => plainNumber(Number.NaN)).toThrow();
  });

  it("neutralises text that a spreadsheet could run, but not numbers", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula("plain")).toBe("plain");
    expect(toCsvCell(-5)).toBe("-5");
    expect(toCsvCell("-5")).toBe("'-5");
    expect(toCsvCell(null)).toBe("");
    expect(toCsvCell(true)).toBe("true");
  });

  it("quotes only where RFC 4180 needs it and ends lines with CRLF", () => {
    expect(csvLines([["a", "b,c", 'say "hi"', "line\nbreak"]])).toBe('a,"b,c","say ""hi""","line\nbreak"\r\n');
    expect(csvLines([])).toBe("");
  });
});

describe("CSV cells from a driver's rows", () => {
  // The quick path must write every cell as the full one does: each character that changes a cell,
  // alone and at the start, middle and end of a text, and texts that change in no way.
  const changing = ['"', ",", "\r", "\n", "\uFEFF", "\u0000", "\u0007", "\u000B", "\u001F", "\u007F", "\u0085", "\u009F", "\u202A", "\u202E", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C", "=", "+", "-", "@", "\t", " ", "'"];
  const plain = ["", "a", "USSR", "Кenya", "ქართული", "1955-07", "more than 10000", "a'b", "x=y", "a-b", "a\tb"];
  const texts = [...plain, ...changing.flatMap((char) => [char, `${char}x`, `x${char}y`, `x${char}`, `'${char}x`, `''${char}`])];

  it("writes each text as toCsvCell and RFC 4180 quoting would", () => {
    for (const text of texts) expect(csvValueField(text), JSON.stringify(text)).toBe(csvLines([[toCsvCell(text)]]).slice(0, -2));
  });

  it("writes numbers, booleans and empty cells as toCsvCell does", () => {
    for (const value of [0, -0, 7, -5, 1816000000, Number.MAX_SAFE_INTEGER, 2 ** 60, 1e21, 0.25, 1.5e-7, true, false, null])
      expect(csvValueField(value), String(value)).toBe(toCsvCell(value));
  });

  it("joins a row's fields with commas and ends it with CRLF", () => {
    expect(csvValueLines([["a", 1, null, "b,c", true], ["=x"]])).toBe('a,1,,"b,c",true\r\n\'=x\r\n');
    expect(csvValueLines([])).toBe("");
  });
});

describe("CSV bytes in chunks", () => {
  async function* batchesOf(lines: string[], size: number) {
    for (let start = 0; start < lines.length; start += size) yield lines.slice(start, start + size);
  }

  it("gives exactly the UTF-8 of the lines, in chunks no larger than asked unless one line is", async () => {
    // Latin, Georgian (3 bytes a character), an emoji (4 bytes, a surrogate pair) and a line longer
    // than a chunk.
    const lines = ["id,label\r\n", "1,ქართული ენა\r\n", "2,😀 emoji\r\n", `3,${"x".repeat(40)}\r\n`, "4,ა\r\n", "5,b\r\n"];
    for (const size of [8, 16, 23, 64, 1024]) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of utf8Chunks(batchesOf(lines, 2), size)) chunks.push(chunk);
      // Collected first, read after: a chunk handed out must never be written again.
      const bytes = Buffer.concat(chunks);
      expect(bytes.toString("utf8"), `chunks of ${size}`).toBe(lines.join(""));
      for (const chunk of chunks) expect(chunk.byteLength <= size || lines.some((line) => Buffer.byteLength(line) > size && chunk.byteLength === Buffer.byteLength(line))).toBe(true);
    }
  });

  it("gives no chunk for no lines", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of utf8Chunks(batchesOf([], 2), 16)) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });
});

describe("CSV file names", () => {
  it("names the dataset, the filters and the day, with safe characters only", () => {
    const date = new Date("2026-11-28T12:00:00Z");
    expect(csvFilename({ dataset: undefined, entity: "figures", filters: [], date })).toBe("aidflow-all-figures-all-2026-11-28.csv");
    expect(
      csvFilename({ dataset: "sino-soviet-1950-1980", entity: "figures", filters: [["category", ["military", "territory"]], ["q", 'a"b/c']], date }),
    ).toBe("aidflow-sino-soviet-1950-1980-figures-category-military-territory_q-a-b-c-2026-11-28.csv");
  });
});
