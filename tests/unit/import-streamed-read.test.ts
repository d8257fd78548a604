import { describe, expect, it } from "vitest";
import { FigureTableReader } from "@/lib/import/figure-rows";
import { parseCsvText, type CsvRecord } from "@/lib/import/parse-csv";
import { ProblemList } from "@/lib/import/problems";
import { readTable } from "@/lib/import/read-table";
import { WarningList } from "@/lib/import/warnings";

// Records handed over one at a time as they are parsed (so a large file's cells are never all in
// memory at once) must be read exactly as a whole-file read reads them.

const streamed = (text: string, maxRows = 100) => {
  const problems = new ProblemList();
  const warnings = new WarningList();
  const handed: { record: CsvRecord; header: string[] }[] = [];
  const result = parseCsvText(text, { maxRows, problems, warnings, onRecord: (record, header) => handed.push({ record, header }) });
  return { result, handed, problems, warnings };
};

describe("a CSV read record by record", () => {
  it("hands over every data record with its row and the header, and keeps none", () => {
    const { result, handed, warnings } = streamed('a,b\n1,"x\ny"\n\n3,4\n');
    expect(result).toEqual({ ok: true, header: ["a", "b"], records: [], delimiter: "comma" });
    expect(handed).toEqual([
      { record: { row: 2, cells: ["1", "x\ny"] }, header: ["a", "b"] },
      { record: { row: 4, cells: ["3", "4"] }, header: ["a", "b"] },
    ]);
    expect(warnings.listed).toEqual([expect.objectContaining({ row: 3, code: "blank_line" })]);
  });

  it("reports a syntax error anywhere in the file before too many rows, as a whole-file read does", () => {
    const tooMany = streamed("a\n1\n2\n3\n", 2);
    expect(tooMany.result.ok).toBe(false);
    expect(tooMany.problems.listed.map((problem) => problem.code)).toEqual(["too_many_rows"]);
    const both = streamed('a,b\n1,2\n3,4\n5,6"\n', 1);
    expect(both.problems.listed.map((problem) => problem.code)).toEqual(["csv_syntax"]);
  });

  it("tells a row that repeats another exactly from one that reuses its key, after the rows' own problems", () => {
    const header = ["key", "label", "category", "kind", "from", "to", "value", "value_printed", "unit", "price_basis", "qualifier", "period_start", "period_end", "period_status", "source", "source_citation", "section", "phrase", "provenance"];
    const cells = (key: string, label: string, value: string) => [key, label, "seizures", "claim", "USSR", "VNM", value, value, "USD", "not_stated", "exact", "1955", "1955", "stated", "s1", "A book.", "p. 1", value, "phrase"];
    const problems = new ProblemList();
    const reader = new FigureTableReader(header, { defaultSource: false }, problems);
    reader.add({ row: 2, cells: cells("k1", "Loan", "100") });
    reader.add({ row: 3, cells: cells("k1", "Loan", "100") });
    reader.add({ row: 4, cells: cells("k1", "Other loan", "100") });
    reader.add({ row: 5, cells: cells("k2", "Bad", "ten") });
    const table = reader.finish();
    expect([...table!.keys]).toEqual(["k1", "k2"]);
    expect(problems.listed.map(({ row, code, message }) => [row, code, message.slice(0, 24)])).toEqual([
      [5, "invalid_number", expect.any(String)],
      [3, "duplicate_key", "this row repeats row 2 e"],
      [4, "duplicate_key", 'the key "k1" is already '],
    ]);
  });

  it("reads the bytes without making them one string, with every cell and the header in NFC, as a whole-file read does", () => {
    const text = "\uFEFFcafe\u0301;b\n\"x;e\u0301\";\u0436\n";
    const bytes = new TextEncoder().encode(text);
    const records: CsvRecord[] = [];
    let seenHeader: string[] = [];
    const table = readTable(bytes, { maxBytes: 1000, maxRows: 10 }, new ProblemList(), (record, header) => {
      records.push(record);
      seenHeader = header;
    });
    const whole = readTable(bytes, { maxBytes: 1000, maxRows: 10 }, new ProblemList());
    expect(table).toEqual({ records: [], count: 1, header: ["caf\u00e9", "b"], delimiter: "semicolon" });
    expect(seenHeader).toEqual(whole!.header);
    expect(records).toEqual(whole!.records);
    expect(records).toEqual([{ row: 2, cells: ["x;\u00e9", "\u0436"] }]);
    const twoBoms = new ProblemList();
    expect(readTable(new TextEncoder().encode("\uFEFF\uFEFFa\n1\n"), { maxBytes: 1000, maxRows: 10 }, twoBoms, () => {})).toBeNull();
    expect(twoBoms.listed[0]).toMatchObject({ code: "encoding" });
  });
});
