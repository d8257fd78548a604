import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { correctionValuesOf, fieldErrorsFromIssues, parseCorrection, type CorrectionField, type EditableColumns } from "@/lib/schemas/correction-form";
import { MAX_YEAR, MIN_YEAR } from "@/lib/schemas/partial-date";
import { cleanText } from "@/lib/schemas/text";
import { translator } from "../helpers/translator";

// The correction form's field errors in the page's language, and in English exactly as before.

/** A stored figure as the form opens it: only its value and reason are under test here. */
const columns: EditableColumns = { value: 1816000000, valuePrinted: "1,816 million rubles", qualifier: "about", periodStart: null, periodEnd: null, periodStatus: "unknown", periodText: null, flags: [], notes: "as printed" };

const curation = (locale: "en" | "ka") => {
  const t = translator(locale, "curation");
  return (key: string, values: { max: number }) => t(`fieldErrors.${key}`, values);
};

/** Each problem a field can have, as the form sends it. */
const CASES: [string, Partial<ReturnType<typeof correctionValuesOf>>][] = [
  ["empty value, missing reason", { value: "", reason: "" }],
  ["grouped value, long reason", { value: "1,816", reason: "x".repeat(501) }],
  ["huge value, control character", { value: "9".repeat(40), reason: "a\u0007b" }],
  ["too precise value, spaces", { value: "9007199254740993", reason: " why" }],
  ["value overflowing a double", { value: `1${"0".repeat(39)}`, reason: "why\u202E" }],
];

function errors(values: Partial<ReturnType<typeof correctionValuesOf>>, words?: (key: string, values: { max: number }) => string) {
  const result = parseCorrection({ ...correctionValuesOf(columns), ...values }, words);
  if (result.ok) throw new Error("accepted");
  return result.fieldErrors;
}

describe("correction form field errors", () => {
  it("words every problem in English as the form always did", () => {
    for (const [name, values] of CASES) expect(errors(values, curation("en")), name).toEqual(errors(values));
    expect(errors(CASES[0]![1])).toEqual({ value: "Value must not be empty.", reason: "Say why you make this correction (it is kept in the history)." });
    expect(errors(CASES[1]![1]).reason).toBe("Reason must be at most 500 characters.");
  });

  it("words every problem in Georgian on the Georgian form", () => {
    expect(errors(CASES[0]![1], curation("ka"))).toEqual({
      value: "მნიშვნელობა ცარიელი არ უნდა იყოს.",
      reason: "მიუთითეთ, რატომ აკეთებთ ამ შესწორებას (ეს ისტორიაში შეინახება).",
    });
    expect(errors(CASES[1]![1], curation("ka")).reason).toBe("მიზეზი 500 სიმბოლოზე გრძელი არ უნდა იყოს.");
    for (const [name, values] of CASES) {
      const ka = errors(values, curation("ka"));
      expect(Object.keys(ka).sort(), name).toEqual(["reason", "value"]);
      for (const message of Object.values(ka)) expect(message, name).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});

/** The figure schema's messages a correction can meet, on the fields they concern. */
const textIssue = (input: string, max = 5) => cleanText(max).safeParse(input).error!.issues[0]!.message;
const ISSUES: [CorrectionField, string][] = [
  ["printed", textIssue("")],
  ["notes", textIssue("far too long")],
  ["printed", textIssue("a\nb")],
  ["notes", cleanText(50, { allowNewlines: true }).safeParse("a\u202Eb").error!.issues[0]!.message],
  ["periodText", textIssue(" a")],
  ["periodStart", `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, with a year from ${MIN_YEAR} to ${MAX_YEAR}`],
  ["periodStatus", "an unknown period has no start or end"],
  ["periodStart", "a stated or inferred period needs a start and an end"],
  ["periodEnd", "the period ends before it starts"],
  ["flags", "a flag is listed twice"],
];
const PATHS: Record<string, string[]> = { printed: ["printed"], notes: ["notes"], periodText: ["period", "text"], periodStart: ["period", "start"], periodEnd: ["period", "end"], periodStatus: ["period", "status"], flags: ["flags"] };
const issueOn = (field: CorrectionField, message: string) => [{ code: "custom", path: PATHS[field]!, message, input: null }] as unknown as z.core.$ZodIssue[];
const fieldWords = (locale: "en" | "ka") => {
  const t = translator(locale, "curation");
  return (key: string, values?: Record<string, string | number>) => t(`fieldErrors.${key}`, values);
};

describe("schema issues on the correction form", () => {
  it("are worded in English exactly as before", () => {
    for (const [field, message] of ISSUES) expect(fieldErrorsFromIssues(issueOn(field, message), fieldWords("en"))).toEqual(fieldErrorsFromIssues(issueOn(field, message)));
    expect(fieldErrorsFromIssues(issueOn("periodEnd", "the period ends before it starts")).fieldErrors.periodEnd).toBe("Period end the period ends before it starts.");
  });

  it("are in Georgian on the Georgian form, and an unforeseen message stays as written", () => {
    expect(fieldErrorsFromIssues(issueOn("periodEnd", "the period ends before it starts"), fieldWords("ka")).fieldErrors.periodEnd).toBe("პერიოდის დასასრული: პერიოდი დაწყებამდე მთავრდება.");
    expect(fieldErrorsFromIssues(issueOn("notes", textIssue("far too long")), fieldWords("ka")).fieldErrors.notes).toBe("შენიშვნები: 5 სიმბოლოზე გრძელი არ უნდა იყოს.");
    for (const [field, message] of ISSUES) {
      const worded = fieldErrorsFromIssues(issueOn(field, message), fieldWords("ka")).fieldErrors[field]!;
      expect(worded.replace(/YYYY(-MM)*(-DD)?/g, ""), message).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(fieldErrorsFromIssues(issueOn("flags", "something new"), fieldWords("ka")).fieldErrors.flags).toBe("Flags something new.");
  });
});
