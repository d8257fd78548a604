import { describe, expect, it } from "vitest";
import { detectDelimiter } from "@/lib/import/delimiter";
import { parseStrictAmount } from "@/lib/import/number";
import { parseCsvText } from "@/lib/import/parse-csv";
import { displayMessage, ProblemList } from "@/lib/import/problems";
import { mixedScriptWord } from "@/lib/import/row-warnings";
import { WarningList } from "@/lib/import/warnings";

// The reading rules the bad-input catalogue asked for: delimiters, stray quotes, -0, excerpts in
// messages, blank lines and mixed scripts.

const parse = (text: string) => {
  const problems = new ProblemList();
  const warnings = new WarningList();
  return { result: parseCsvText(text, { maxRows: 100, problems, warnings }), problems, warnings };
};

describe("reading a CSV", () => {
  it("detects a comma, semicolon or tab from the header, outside quotes, and says which", () => {
    expect(detectDelimiter("a,b,c\n1;2;3").name).toBe("comma");
    expect(detectDelimiter('"a,b";c;d\n').name).toBe("semicolon");
    expect(detectDelimiter("a\tb\n").name).toBe("tab");
    expect(detectDelimiter("only\n").name).toBe("comma");
    expect(parse("a;b\n1,5;2\n").result).toEqual({ ok: true, header: ["a", "b"], records: [{ row: 2, cells: ["1,5", "2"] }], delimiter: "semicolon" });
  });

  it("refuses a double quote inside an unquoted cell, naming row and column", () => {
    const { result, problems } = parse('key,label\nk1,ok\nk2,Pipe 12" wide\n');
    expect(result.ok).toBe(false);
    expect(problems.listed).toEqual([expect.objectContaining({ row: 3, column: "label", code: "csv_syntax" })]);
    // Quoted and doubled, the same text is fine.
    expect(parse('key,label\nk2,"Pipe 12"" wide"\n').result).toMatchObject({ ok: true, records: [{ cells: ["k2", 'Pipe 12" wide'] }] });
  });

  it("warns about a blank line between rows, not about trailing ones", () => {
    expect(parse("a,b\n1,2\n\n3,4\n\n\n").warnings.listed).toEqual([expect.objectContaining({ row: 3, code: "blank_line" })]);
    expect(parse("a,b\n1,2\n\n").warnings.total).toBe(0);
  });
});

describe("values", () => {
  it("reads -0 as zero and still refuses other negative amounts", () => {
    expect(parseStrictAmount("-0")).toEqual({ ok: true, value: 0 });
    expect(parseStrictAmount("-0.00")).toEqual({ ok: true, value: 0 });
    expect(parseStrictAmount("-0.5")).toMatchObject({ ok: false, code: "negative_number" });
  });

  it("cuts a long quoted value in a message to an excerpt", () => {
    const message = displayMessage(`unknown column "${"x".repeat(1_000_000)}"; the columns are key, label`);
    expect(message.length).toBeLessThan(200);
    expect(message).toContain("(1000000 characters)");
    expect(message).toContain("; the columns are key, label");
  });

  it("finds a word that mixes Latin with Cyrillic or Greek letters", () => {
    expect(mixedScriptWord("\u041Aenya credit")).toEqual({ word: "\u041Aenya", script: "Cyrillic" });
    expect(mixedScriptWord("Kenya and Кения")).toBeNull();
  });
});
