import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvLines, csvValueLines, toCsvCell } from "@/lib/export/csv/write";

// The exports write CSV by hand (lib/export/csv/write.ts) and must keep the bytes papaparse wrote:
// the same quoting, for every awkward cell.

const AWKWARD = ["", " ", "plain", " lead", "trail ", "a,b", 'say "hi"', '"', "line\nbreak", "cr\rret", "crlf\r\n", "\uFEFFbom", "tab\tin", "' quote", "=1", "ünïcödé", "中文", "😀"];

function randomCell(next: () => number): string {
  const alphabet = ['a', ' ', ',', '"', "\n", "\r", "\uFEFF", "=", "-", "'", "é", "\t"];
  return Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
}

describe("CSV quoting", () => {
  it("writes what Papa.unparse writes, for awkward and random cells", () => {
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const rows = [AWKWARD, ...Array.from({ length: 500 }, () => Array.from({ length: 5 }, () => randomCell(next)))];
    expect(csvLines(rows)).toBe(`${Papa.unparse(rows, { newline: "\r\n", header: false })}\r\n`);
  });

  it("writes raw cell values as the columns would", () => {
    const row = [1816000000, "=SUM(A1)", null, true, "a,b", -5, "\u202Eevil"];
    expect(csvValueLines([row])).toBe(csvLines([row.map(toCsvCell)]));
    expect(csvValueLines([row])).toBe(`1816000000,'=SUM(A1),,true,"a,b",-5,⟨U+202E⟩evil\r\n`);
  });
});
