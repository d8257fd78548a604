import { z } from "zod";

// Text that reaches the database must be free of control characters (other than tab and newline
// in long notes) and of bidirectional overrides, which can make a label read differently on screen.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

export function hasForbiddenCharacters(value: string, { allowNewlines = false } = {}): boolean {
  if (BIDI.test(value)) return true;
  if (CONTROL.test(value)) return true;
  if (!allowNewlines && /[\n\r\t]/.test(value)) return true;
  return false;
}

export function cleanText(max: number, { allowNewlines = false, min = 1 } = {}) {
  return z
    .string()
    .min(min, { message: min === 1 ? "must not be empty" : `must be at least ${min} characters` })
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !hasForbiddenCharacters(value, { allowNewlines }), {
      message: allowNewlines
        ? "must not contain control characters or bidirectional overrides"
        : "must not contain control characters, line breaks or bidirectional overrides",
    })
    .refine((value) => value.trim() === value, { message: "must not start or end with spaces" });
}

/** Folds text for the `q` search: Unicode NFKC, lower case in every script, single spaces. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
