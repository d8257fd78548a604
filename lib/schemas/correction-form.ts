import { createHash } from "node:crypto";
import type { z } from "zod";
import { joinFlags } from "@/lib/db/flags";
import { cleanText } from "@/lib/schemas/text";
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
const NUMBER_MESSAGE =
  "must be a number written out in digits, with an optional decimal point (no commas, spaces, signs or exponents)";

export function parseDecimal(input: string): { ok: true; value: number } | { ok: false; message: string } {
  if (input === "") return { ok: false, message: "must not be empty" };
  if (input.length > 40 || !DECIMAL.test(input)) return { ok: false, message: NUMBER_MESSAGE };
  const value = Number(input);
  if (!Number.isFinite(value)) return { ok: false, message: "is too large to store" };
  // Beyond 2^53 a double no longer holds every whole number (nor any fraction): refuse a number
  // that would be stored as another one.
  const [integerDigits, fraction = ""] = input.split(".");
  if (integerDigits!.length >= 16 && (/[1-9]/.test(fraction) || BigInt(integerDigits!) !== BigInt(value)))
    return { ok: false, message: "has more digits than can be stored exactly" };
  return { ok: true, value };
}

const reasonSchema = cleanText(500, { allowNewlines: true });

/** The correction the form asks for, or the errors of the fields that cannot even be read. */
export function parseCorrection(
  values: CorrectionValues,
): { ok: true; correction: Correction; reason: string } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const value = parseDecimal(values.value);
  if (!value.ok) fieldErrors.value = `Value ${value.message}.`;
  const reason = reasonSchema.safeParse(values.reason);
  if (!reason.success)
    fieldErrors.reason =
      values.reason === "" ? "Say why you make this correction (it is kept in the history)." : `Reason ${reason.error.issues[0]!.message}.`;
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

/**
 * figureEntrySchema's issues, each on the form field it concerns. An issue about a field the form
 * does not edit (the figure was already invalid there) goes to the form as a whole.
 */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): { fieldErrors: FieldErrors; formErrors: string[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    const field = FIELD_OF_PATH[path.slice(0, 2).join(".")] ?? FIELD_OF_PATH[path[0] ?? ""];
    if (field) fieldErrors[field] ??= `${FIELD_NAMES[field]} ${issue.message}.`;
    else formErrors.push(`${path.join(".") || "figure"}: ${issue.message}`);
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
