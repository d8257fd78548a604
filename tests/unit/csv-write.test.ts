import { describe, expect, it } from "vitest";
import { csvFilename } from "@/lib/export/csv/filename";
import { csvLines, neutraliseFormula, plainNumber, toCsvCell } from "@/lib/export/csv/write";

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

describe("CSV file names", () => {
  it("names the dataset, the filters and the day, with safe characters only", () => {
    const date = new Date("2026-11-28T12:00:00Z");
    expect(csvFilename({ dataset: undefined, entity: "figures", filters: [], date })).toBe("aidflow-all-figures-all-2026-11-28.csv");
    expect(
      csvFilename({ dataset: "sino-soviet-1950-1980", entity: "figures", filters: [["category", ["military", "territory"]], ["q", 'a"b/c']], date }),
    ).toBe("aidflow-sino-soviet-1950-1980-figures-category-military-territory_q-a-b-c-2026-11-28.csv");
  });
});
