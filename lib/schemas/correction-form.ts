import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import { joinFlags } from "@/lib/db/flags";
import { cleanText, hasForbiddenCharacters } from "@/lib/schemas/text";
import type { FigureEntryDraft } from "../data/figures/entry";

// The correction form: what a curator may change on one figure (value and its printed text,
// qualifier, period, notes, flags), read from the submitted form, checked, and mapped back onto the
// form's fields. The checks are the dataset's own (figureEntrySchema, run by correct-figure.ts on
// the whole corrected entry); this file adds only what a form needs: strict number parsing, empty
// inputs as "none", and a required reason.

export const CORRECTION_FIELDS = [
  "value",
  "printed",
  "qualifier",
  "periodStatus",
  "periodStart",
  "periodEnd",
  "periodText",
  "notes",
  "flags",
  "reason",
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export type FieldErrors = Partial<Record<CorrectionField, string>>;

/** The form as typed, so that a refused submission comes back with the curator's text intact. */
export interface CorrectionValues {
  value: string;
  printed: string;
  qualifier: string;
  periodStatus: string;
  periodStart: string;
  periodEnd: string;
  periodText: string;
  notes: string;
  flags: string[];
  reason: string;
}

export interface Correction {
  value: number;
  printed: string;
  qualifier: string;
  period: { start: string | null; end: string | null; status: string; text: string | null };
  notes: string | null;
  flags: string[];
}

const MAX_INPUT = 5000;

function text(formData: FormData, name: string): string {
  const raw = formData.get(name);
  // Browsers send textarea line breaks as CRLF; the data uses LF.
  return typeof raw === "string" ? raw.slice(0, MAX_INPUT).replace(/\r\n?/g, "\n") : "";
}

export function readCorrectionForm(formData: FormData): { values: CorrectionValues; baseline: string } {
  return {
    values: {
      value: text(formData, "value").trim(),
      printed: text(formData, "printed").trim(),
      qualifier: text(formData, "qualifier"),
      periodStatus: text(formData, "periodStatus"),
      periodStart: text(formData, "periodStart").trim(),
      periodEnd: text(formData, "periodEnd").trim(),
      periodText: text(formData, "periodText").trim(),
      notes: text(formData, "notes").trim(),
      flags: formData
        .getAll("flags")
        .filter((flag): flag is string => typeof flag === "string")
        .slice(0, 50),
      reason: text(formData, "reason").trim(),
    },
    baseline: text(formData, "baseline"),
  };
}

// Digits with an optional decimal part: no sign (values are amounts), no grouping commas, no
// spaces, no exponent, no hex. Number() alone would take "", " 5", "1e3" and "0x10".
const DECIMAL = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

export type DecimalProblem = "empty" | "notDecimal" | "tooLarge" | "tooPrecise";

const DECIMAL_MESSAGES: Record<DecimalProblem, string> = {
  empty: "must not be empty",
  notDecimal: "must be a number written out in digits, with an optional decimal point (no commas, spaces, signs or exponents)",
  tooLarge: "is too large to store",
  tooPrecise: "has more digits than can be stored exactly",
};

const notDecimal = (code: DecimalProblem) => ({ ok: false as const, code, message: DECIMAL_MESSAGES[code] });

export function parseDecimal(input: string): { ok: true; value: number } | { ok: false; code: DecimalProblem; message: string } {
  if (input === "") return notDecimal("empty");
  if (input.length > 40 || !DECIMAL.test(input)) return notDecimal("notDecimal");
  const value = Number(input);
  if (!Number.isFinite(value)) return notDecimal("tooLarge");
  // Beyond 2^53 a double no longer holds every whole number (nor any fraction): refuse a number
  // that would be stored as another one.
  const [integerDigits, fraction = ""] = input.split(".");
  if (integerDigits!.length >= 16 && (/[1-9]/.test(fraction) || BigInt(integerDigits!) !== BigInt(value))) return notDecimal("tooPrecise");
  return { ok: true, value };
}

const REASON_MAX = 500;
const reasonSchema = cleanText(REASON_MAX, { allowNewlines: true });

export type ReasonProblem = "missing" | "tooLong" | "control" | "spaces";

/**
 * A field error in words: the form's page passes its language's ("curation.fieldErrors", keyed
 * `value.<problem>` and `reason.<problem>`); without one, the English that scripts and logs read.
 */
export type FieldErrorWords = (key: string, values: { max: number }) => string;

const ENGLISH_REASON: Record<ReasonProblem, string> = {
  missing: "Say why you make this correction (it is kept in the history).",
  tooLong: `Reason must be at most ${REASON_MAX} characters.`,
  control: "Reason must not contain control characters or bidirectional overrides.",
  spaces: "Reason must not start or end with spaces.",
};

const englishFieldError: FieldErrorWords = (key) => {
  const [field, problem] = key.split(".") as ["value" | "reason", string];
  return field === "value" ? `Value ${DECIMAL_MESSAGES[problem as DecimalProblem]}.` : ENGLISH_REASON[problem as ReasonProblem];
};

function reasonProblem(reason: string, issue: z.core.$ZodIssue): ReasonProblem {
  if (reason === "") return "missing";
  if (issue.code === "too_big") return "tooLong";
  return hasForbiddenCharacters(reason, { allowNewlines: true }) ? "control" : "spaces";
}

/** The correction the form asks for, or the errors of the fields that cannot even be read. */
export function parseCorrection(
  values: CorrectionValues,
  words: FieldErrorWords = englishFieldError,
): { ok: true; correction: Correction; reason: string } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const value = parseDecimal(values.value);
  if (!value.ok) fieldErrors.value = words(`value.${value.code}`, { max: REASON_MAX });
  const reason = reasonSchema.safeParse(values.reason);
  if (!reason.success) fieldErrors.reason = words(`reason.${reasonProblem(values.reason, reason.error.issues[0]!)}`, { max: REASON_MAX });
  if (!value.ok || !reason.success) return { ok: false, fieldErrors };
  const orNull = (input: string) => (input === "" ? null : input);
  return {
    ok: true,
    reason: reason.data,
    correction: {
      value: value.value,
      printed: values.printed,
      qualifier: values.qualifier,
      period: {
        start: orNull(values.periodStart),
        end: orNull(values.periodEnd),
        status: values.periodStatus,
        text: orNull(values.periodText),
      },
      notes: orNull(values.notes),
      flags: values.flags,
    },
  };
}

export function applyCorrection(entry: FigureEntryDraft, correction: Correction): FigureEntryDraft {
  return {
    ...entry,
    value: correction.value,
    printed: correction.printed,
    qualifier: correction.qualifier,
    period: correction.period,
    notes: correction.notes,
    flags: correction.flags,
  };
}

const FIELD_OF_PATH: Record<string, CorrectionField> = {
  value: "value",
  printed: "printed",
  qualifier: "qualifier",
  "period.start": "periodStart",
  "period.end": "periodEnd",
  "period.status": "periodStatus",
  "period.text": "periodText",
  period: "periodStatus",
  notes: "notes",
  flags: "flags",
};

const FIELD_NAMES: Record<CorrectionField, string> = {
  value: "Value",
  printed: "Printed value",
  qualifier: "Qualifier",
  periodStatus: "Period status",
  periodStart: "Period start",
  periodEnd: "Period end",
  periodText: "Period in the source's words",
  notes: "Notes",
  flags: "Flags",
  reason: "Reason",
};

// The figure schema's messages a correction can meet, as keys of "curation.fieldErrors.issues",
// so that a page words them in its language; any other message stays as the schema wrote it.
const ISSUE_KEYS: [RegExp, string][] = [
  [/^must not be empty$/, "empty"],
  [/^must be at most (?<max>\d+) characters$/, "tooLong"],
  [/^must not contain control characters or bidirectional overrides$/, "control"],
  [/^must not contain control characters, line breaks or bidirectional overrides$/, "controlOrBreak"],
  [/^must not start or end with spaces$/, "spaces"],
  [/^must be a date written YYYY, YYYY-MM or YYYY-MM-DD, with a year from (?<min>\d+) to (?<max>\d+)$/, "date"],
  [/^an unknown period has no start or end$/, "unknownPeriod"],
  [/^a stated or inferred period needs a start and an end$/, "periodNeedsEnds"],
  [/^the period ends before it starts$/, "periodReversed"],
  [/^a flag is listed twice$/, "flagTwice"],
  // Only on a stored figure that was already invalid where the form does not edit (a form error).
  [/^must be lower-case words joined by hyphens$/, "keyForm"],
  [/^must be an upper-case code$/, "actorCode"],
  [/^must be at most (?<max>\d+) words$/, "tooManyWords"],
  [/^must be a category code: lower-case words joined by underscores$/, "categoryCode"],
  [/^must be a unit code: letters, digits and underscores, starting with a letter$/, "unitCode"],
  [/^phrase provenance needs /, "provenancePhrase"],
  [/^cell provenance needs /, "provenanceCell"],
  [/^page provenance needs /, "provenancePage"],
  [/^only a cell provenance describes a table cell$/, "cellOnly"],
  [/^a derived figure needs a derivation, and only a derived one$/, "derivation"],
  [/^constant prices and a gold parity need their year, and only they have one$/, "priceYear"],
  [/^only rubles \([A-Z]{3}\) have a denomination$/, "denomination"],
];

// Issues zod words itself, by their code: an option outside a list (a select tampered with), a
// value of the wrong type or form. Their English text names codes, not what the curator chose.
const CODE_KEYS: Partial<Record<string, string>> = { invalid_value: "notAllowed", invalid_type: "invalid", invalid_format: "invalid", too_small: "invalid", too_big: "invalid" };

/** What is wrong, in the page's language (`t` rooted at "curation.fieldErrors"); null for a message no key words. */
function issueProblem(issue: z.core.$ZodIssue, t: Translate): string | null {
  for (const [pattern, key] of ISSUE_KEYS) {
    const match = pattern.exec(issue.message);
    if (match) return t(`issues.${key}`, { ...match.groups });
  }
  const key = issue.code === "custom" ? undefined : CODE_KEYS[issue.code];
  return key ? t(`issues.${key}`) : null;
}

/** One field's issue in the page's language. */
function wordIssue(field: CorrectionField, issue: z.core.$ZodIssue, t: Translate): string | null {
  const problem = issueProblem(issue, t);
  return problem === null ? null : t("issue", { field: t(`fields.${field}`), problem });
}

// The figure's fields the form does not edit, named in "curation.fieldErrors.storedFields".
const STORED_FIELDS = new Set(["key", "label", "category", "kind", "from", "to", "unit", "priceBasis", "priceYear", "denomination", "parent", "derived", "derivation", "source", "provenance", "section", "phrase", "cell", "locator", "cited"]);

/** An issue of the stored figure outside the form's fields, in the page's language. */
function wordStoredIssue(path: string[], issue: z.core.$ZodIssue, t: Translate): string {
  const field = t(`storedFields.${STORED_FIELDS.has(path[0] ?? "") ? path[0] : "figure"}`);
  return t("storedIssue", { field, problem: issueProblem(issue, t) ?? t("issues.invalid") });
}

/**
 * figureEntrySchema's issues, each on the form field it concerns. An issue about a field the form
 * does not edit (the figure was already invalid there) goes to the form as a whole. With `t`
 * ("curation.fieldErrors"), the issues the form can cause are in the page's language.
 */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[], t?: Translate): { fieldErrors: FieldErrors; formErrors: string[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    const field = FIELD_OF_PATH[path.slice(0, 2).join(".")] ?? FIELD_OF_PATH[path[0] ?? ""];
    if (field) fieldErrors[field] ??= (t && wordIssue(field, issue, t)) || `${FIELD_NAMES[field]} ${issue.message}.`;
    else formErrors.push(t ? wordStoredIssue(path, issue, t) : `${path.join(".") || "figure"}: ${issue.message}`);
  }
  return { fieldErrors, formErrors };
}

/** The stored columns a correction may change, as the form shows them. */
export interface EditableColumns {
  value: number;
  valuePrinted: string;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  periodStatus: string;
  periodText: string | null;
  flags: string[];
  notes: string | null;
}

/**
 * A fingerprint of the editable columns when the form was opened. The save is refused when the
 * figure has changed since (another curator, an import), instead of silently overwriting it.
 */
export function correctionBaseline(columns: EditableColumns): string {
  const canonical = JSON.stringify([
    columns.value,
    columns.valuePrinted,
    columns.qualifier,
    columns.periodStart,
    columns.periodEnd,
    columns.periodStatus,
    columns.periodText,
    joinFlags(columns.flags),
    columns.notes,
  ]);
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 22);
}

/** The form's starting values for a figure. */
export function correctionValuesOf(columns: EditableColumns): CorrectionValues {
  return {
    value: plainDecimal(columns.value),
    printed: columns.valuePrinted,
    qualifier: columns.qualifier,
    periodStatus: columns.periodStatus,
    periodStart: columns.periodStart ?? "",
    periodEnd: columns.periodEnd ?? "",
    periodText: columns.periodText ?? "",
    notes: columns.notes ?? "",
    flags: [...columns.flags],
    reason: "",
  };
}

/** A stored number in the digits the form accepts back (String(1e21) would be "1e+21"). */
export function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}
