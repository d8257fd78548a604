import { describe, expect, it } from "vitest";
import {
  correctionBaseline,
  correctionValuesOf,
  fieldErrorsFromIssues,
  parseCorrection,
  parseDecimal,
  plainDecimal,
  readCorrectionForm,
  type EditableColumns,
} from "@/lib/schemas/correction-form";
import { figureEntrySchema } from "@/lib/schemas/dataset-file";

// The correction form's own parsing: strict numbers, empty inputs as "none", a required reason, and
// the dataset schema's issues placed on the right fields.

const columns: EditableColumns = {
  value: 300000000,
  valuePrinted: "$300 million",
  qualifier: "exact",
  periodStart: "1950",
  periodEnd: "1954",
  periodStatus: "stated",
  periodText: "over five years",
  flags: ["period_inferred"],
  notes: null,
};

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

describe("parseDecimal", () => {
  it("accepts digits with an optional decimal part", () => {
    for (const [text, value] of [["0", 0], ["300000000", 300000000], ["1.816", 1.816], ["1816000000", 1816000000], ["0.25", 0.25], ["9007199254740992", 2 ** 53], ["1000000000000000000", 1e18]] as const)
      expect(parseDecimal(text)).toEqual({ ok: true, value });
  });

  it("refuses what Number() would quietly accept or misread", () => {
    for (const text of ["", " 5", "1,816", "1 816", "-5", "+5", "1e3", "0x10", "NaN", "Infinity", "05", "1.", ".5", "1.2.3", "١٢", "9".repeat(41)])
      expect(parseDecimal(text).ok, text).toBe(false);
  });

  it("refuses numbers a double cannot hold exactly", () => {
    expect(parseDecimal("9007199254740993").ok).toBe(false);
    expect(parseDecimal("1234567890123456.5").ok).toBe(false);
    expect(parseDecimal("1234567890123456.000").ok).toBe(true);
  });

  it("round-trips stored values through the form", () => {
    for (const value of [0, 1.816, 300000000, 1e21, 1.5e-7, 2 ** 53]) expect(parseDecimal(plainDecimal(value))).toEqual({ ok: true, value });
  });
});

describe("reading the form", () => {
  it("keeps the typed text, normalises line breaks, and reads every ticked flag", () => {
    const { values, baseline } = readCorrectionForm(
      form({ value: " 5 ", printed: "five", notes: "a\r\nb", flags: ["period_inferred", "literature_differs"], reason: "typo", baseline: "abc" }),
    );
    expect(values.value).toBe("5");
    expect(values.notes).toBe("a\nb");
    expect(values.flags).toEqual(["period_inferred", "literature_differs"]);
    expect(baseline).toBe("abc");
  });

  it("requires a reason and a readable number before anything else", () => {
    const result = parseCorrection({ ...correctionValuesOf(columns), value: "1,816", reason: "" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["reason", "value"]);
  });

  it("turns empty optional inputs into none", () => {
    const result = parseCorrection({ ...correctionValuesOf(columns), periodText: "", notes: "", reason: "because" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.correction.period.text).toBeNull();
      expect(result.correction.notes).toBeNull();
      expect(result.reason).toBe("because");
    }
  });
});

describe("schema issues on form fields", () => {
  it("maps period, value and flag problems to their inputs", () => {
    const entry = {
      key: "k",
      label: "Label",
      category: "credits_loans",
      kind: "commitment",
      from: "USSR",
      to: "PRC",
      value: -1,
      printed: "x",
      unit: "USD",
      basis: "usd_unstated",
      qualifier: "roughly",
      period: { start: "1960", end: "1950", status: "stated", text: null },
      parent: null,
      derived: false,
      derivation: null,
      source: "s",
      section: "S",
      phrase: "p",
      cited: null,
      flags: ["period_inferred", "period_inferred"],
      notes: null,
    };
    const parsed = figureEntrySchema.safeParse(entry);
    expect(parsed.success).toBe(false);
    const { fieldErrors } = fieldErrorsFromIssues(parsed.error!.issues);
    expect(fieldErrors.value).toBeDefined();
    expect(fieldErrors.qualifier).toBeDefined();
    expect(fieldErrors.periodEnd).toMatch(/ends before it starts/);

    // Rules across fields run once every field is valid on its own.
    const valid = { ...entry, value: 1, qualifier: "about", period: { start: "1950", end: "1960", status: "stated", text: null } };
    const again = figureEntrySchema.safeParse(valid);
    expect(again.success).toBe(false);
    expect(fieldErrorsFromIssues(again.error!.issues).fieldErrors.flags).toMatch(/twice/);
  });
});

describe("the baseline", () => {
  it("changes when any editable value changes, not when flags are reordered", () => {
    const base = correctionBaseline(columns);
    expect(correctionBaseline({ ...columns })).toBe(base);
    expect(correctionBaseline({ ...columns, flags: ["literature_differs", "period_inferred"] })).toBe(
      correctionBaseline({ ...columns, flags: ["period_inferred", "literature_differs"] }),
    );
    for (const change of [{ value: 1 }, { valuePrinted: "x" }, { qualifier: "about" }, { periodEnd: "1955" }, { notes: "n" }, { flags: [] }])
      expect(correctionBaseline({ ...columns, ...change }), JSON.stringify(change)).not.toBe(base);
  });
});
