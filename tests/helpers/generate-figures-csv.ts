import Papa from "papaparse";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";

// A valid figures CSV of any size, for the crash and concurrency tests: `rows` figures in a dataset
// of their own (created by the import), with a declared source, the seeded actors, every tenth row
// a component of the row before it, and the values varied so that no two rows are alike.

const STRESS_DATASET = "stress-test";

const UNITS = [
  { unit: "USD", priceBasis: "not_stated", denomination: "", category: "credits_loans", kind: "commitment" },
  { unit: "RUB", priceBasis: "not_stated", denomination: "not_stated", category: "repayments_payments", kind: "delivery" },
  { unit: "persons", priceBasis: "", denomination: "", category: "personnel", kind: "delivery" },
  { unit: "t", priceBasis: "", denomination: "", category: "commodity_exports", kind: "delivery" },
] as const;

function stressKey(index: number, prefix = "stress"): string {
  return `${prefix}-${index}`;
}

export function generateFiguresCsv(rows: number, { dataset = STRESS_DATASET, prefix = "stress" } = {}): string {
  const lines: string[][] = [[...FIGURE_CSV_HEADERS]];
  for (let i = 0; i < rows; i += 1) {
    const u = UNITS[i % UNITS.length]!;
    const year = 1950 + (i % 30);
    const isComponent = i % 10 === 9;
    const value = 1000 + i * 7;
    const row: Record<string, string> = {
      key: stressKey(i, prefix),
      dataset,
      label: `Generated figure ${i} (Грузия · 中国 · საქართველო)`,
      category: u.category,
      kind: u.kind,
      from: i % 2 === 0 ? "USSR" : "PRC",
      to: i % 2 === 0 ? "PRC" : "USSR",
      value: String(value),
      value_printed: String(value),
      unit: u.unit,
      price_basis: u.priceBasis,
      denomination: u.denomination,
      qualifier: i % 3 === 0 ? "about" : "exact",
      period_start: String(year),
      period_end: String(year + (i % 5)),
      period_status: "stated",
      period_text: `from ${year}`,
      parent_key: isComponent ? stressKey(i - 1, prefix) : "",
      derived: "false",
      source: "stress-source",
      source_citation: "Generated source for load tests. (2026). Aidflow test suite.",
      section: `Section ${i % 17}`,
      phrase: `generated phrase number ${i}`,
      notes: i % 4 === 0 ? `Note for row ${i}, with a comma and "quotes".` : "",
    };
    lines.push(FIGURE_CSV_HEADERS.map((header) => row[header] ?? ""));
  }
  return `${Papa.unparse(lines, { newline: "\r\n" })}\r\n`;
}
