import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { uploadErrorText, UPLOAD_ERROR_KEYS } from "@/components/curation/upload-error-words";
import { CORRECTION_KEYS, LOGIN_KEYS, REFUSAL_STATUSES, refusalMessage } from "@/lib/actions/refusal-words";
import { loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";
import { translatorOver } from "@/lib/i18n/translator-over";
import type { Locale } from "@/lib/i18n/locales";
import { errorResponseSchema } from "@/lib/schemas/api/error-response";
import { applyCorrection, fieldErrorsFromIssues, type Correction } from "@/lib/schemas/correction-form";
import { figureEntrySchema, type FigureEntry } from "@/lib/schemas/dataset-file";
import enAuth from "@/messages/en/auth.json" with { type: "json" };
import enCuration from "@/messages/en/curation.json" with { type: "json" };
import enPages from "@/messages/en/pages.json" with { type: "json" };
import kaAuth from "@/messages/ka/auth.json" with { type: "json" };
import kaCuration from "@/messages/ka/curation.json" with { type: "json" };
import kaPages from "@/messages/ka/pages.json" with { type: "json" };

// Every answer the curation forms can show (the correction and login actions, the import upload's
// refusals) exists in both languages, and the Georgian ones are Georgian: nothing a curator reads on
// a /ka page is left in English. The API's own error messages stay English; the form words them.

const MESSAGES = {
  en: { auth: enAuth, curation: enCuration, pages: enPages },
  ka: { auth: kaAuth, curation: kaCuration, pages: kaPages },
} as const;
const LOCALES = ["en", "ka"] as const;
const t = (locale: Locale, namespace: string) => translatorOver(locale, MESSAGES[locale], namespace);

function messageAt(locale: Locale, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], MESSAGES[locale]);
}

/** Latin words left in Georgian text; arguments and codes the interface shows as they are (CSV, .zip, date patterns) aside. */
const englishIn = (text: string) => text.replace(/\{\w+\}|CSV|\.zip|YYYY(-MM)*(-DD)?/g, "").match(/[A-Za-z]{3,}/g) ?? [];

describe("the curation actions' answers", () => {
  const keys = [
    ...Object.values(CORRECTION_KEYS).map((key) => `curation.messages.${key}`),
    ...["sessionEnded", "forbidden", "curationOff", "refused"].map((key) => `curation.messages.${key}`),
    ...Object.values(LOGIN_KEYS).map((key) => `auth.errors.${key}`),
  ];

  it("exist in both languages, the Georgian ones in Georgian", () => {
    for (const key of keys) {
      for (const locale of LOCALES) expect(typeof messageAt(locale, key), `${locale} ${key}`).toBe("string");
      expect(englishIn(messageAt("ka", key) as string), key).toEqual([]);
    }
  });

  it("word every refusal the security checks give, and any other by its status", () => {
    expect(REFUSAL_STATUSES.sort()).toEqual([401, 403, 503]);
    for (const status of [...REFUSAL_STATUSES, 400, 500]) {
      const ka = refusalMessage(status, t("ka", "curation.messages"));
      const en = refusalMessage(status, t("en", "curation.messages"));
      expect(englishIn(ka), `${status}`).toEqual([]);
      expect(ka).not.toBe(en);
    }
    expect(refusalMessage(403, t("ka", "curation.messages"))).toBe(kaCuration.messages.forbidden);
    expect(refusalMessage(500, t("en", "curation.messages"))).toBe("The request was refused (the server answered 500).");
  });
});

describe("the upload's refusals", () => {
  const codes = errorResponseSchema.shape.error.shape.code.options;
  const refusal = (locale: Locale, code: (typeof codes)[number], param: string | null = null) =>
    uploadErrorText({ code, message: "The API's own English message.", param }, 400, 25, t(locale, "curation.upload.errors"), t(locale, "pages.upload"));

  it("name every error code the API has, in both languages", () => {
    expect(Object.keys(UPLOAD_ERROR_KEYS).sort()).toEqual([...codes].sort());
    for (const key of [...new Set(Object.values(UPLOAD_ERROR_KEYS)), "invalidFile"])
      for (const locale of LOCALES) expect(typeof messageAt(locale, `curation.upload.errors.${key}`), `${locale} ${key}`).toBe("string");
  });

  it("are worded in the page's language, never with the API's English", () => {
    for (const code of codes) {
      for (const param of [null, "file", "dataset", "dry_run"]) {
        const ka = refusal("ka", code, param);
        expect(ka).not.toContain("API's own");
        expect(refusal("en", code, param)).not.toContain("API's own");
        if (param !== "dry_run") expect(englishIn(ka), `${code} ${param}`).toEqual([]);
      }
    }
    expect(refusal("ka", "payload_too_large", "file")).toContain("25 მბ");
    expect(refusal("ka", "invalid_parameter", "file")).toBe(kaCuration.upload.errors.invalidFile);
    expect(refusal("ka", "invalid_parameter", "dataset")).toBe("„მონაცემთა ნაკრები“ ამ სახით მიუღებელია: შეამოწმეთ და სცადეთ ხელახლა.");
    expect(refusal("en", "invalid_parameter", "mode")).toBe("“Mode” is not accepted as given: check it and try again.");
  });
});

describe("the correction's field and form errors from the figure schema", () => {
  const stored = loadDatasetFile(DATASET_FILES[0]!).figures[0]! as FigureEntry;
  type Change = Partial<Omit<Correction, "period">> & { period?: Partial<Correction["period"]> };
  const correction = (change: Change): Correction => ({
    value: stored.value,
    printed: stored.printed,
    qualifier: stored.qualifier,
    notes: stored.notes,
    flags: stored.flags,
    ...change,
    period: { ...stored.period, ...change.period },
  });
  const issuesOf = (entry: unknown) => figureEntrySchema.safeParse(entry).error?.issues ?? [];
  const worded = (issues: readonly z.core.$ZodIssue[], locale: Locale) => fieldErrorsFromIssues(issues, t(locale, "curation.fieldErrors"));

  // What a curator can send that the schema refuses: each editable field, bad in each way it can be.
  const BAD: Change[] = [
    { printed: "" },
    { printed: "x".repeat(81) },
    { printed: " a" },
    { printed: "a\nb" },
    { qualifier: "roughly" },
    { period: { status: "guessed" } },
    { period: { status: "stated", start: "1950", end: null } },
    { period: { status: "stated", start: "1960", end: "1950" } },
    { period: { status: "unknown", start: "1950", end: "1951" } },
    { period: { status: "stated", start: "19500", end: "1951" } },
    { period: { text: "x".repeat(201) } },
    { notes: "a\u202Eb" },
    { flags: ["not_a_flag"] },
    { flags: [stored.flags[0] ?? "approximate_source", stored.flags[0] ?? "approximate_source"] },
  ];

  it("are all in Georgian on the Georgian form", () => {
    for (const change of BAD) {
      const issues = issuesOf(applyCorrection(stored as never, correction(change)));
      expect(issues.length, JSON.stringify(change)).toBeGreaterThan(0);
      const { fieldErrors, formErrors } = worded(issues, "ka");
      const all = [...Object.values(fieldErrors), ...formErrors];
      expect(all.length, JSON.stringify(change)).toBeGreaterThan(0);
      for (const message of all) expect(englishIn(message), `${JSON.stringify(change)}: ${message}`).toEqual([]);
    }
  });

  it("word a stored figure's faults outside the form in Georgian, and in English on the English form", () => {
    const broken = { ...stored, provenance: "cell", cell: null, derived: true, derivation: null, priceYear: 1950, priceBasis: null, unit: "persons", denomination: "old", category: "Bad Category" };
    const issues = issuesOf(broken);
    const ka = worded(issues, "ka").formErrors;
    expect(ka.length).toBeGreaterThanOrEqual(5);
    for (const message of ka) expect(englishIn(message), message).toEqual([]);
    expect(ka).toContain("ცხრილის უჯრა (ამ ფორმაში არ არის): საჭიროა ცხრილი, სტრიქონი და სვეტი, როგორც ცხრილის უჯრით წარმომავლობას სჭირდება.");
    expect(worded(issues, "en").formErrors).toContain("Table cell (not on this form): needs the table, the row and the column, as a cell provenance does.");
    // Without the page's words (scripts, logs), the schema's own English as before.
    expect(fieldErrorsFromIssues(issues).formErrors).toContain("cell: cell provenance needs the table, the row and the column");
  });
});
