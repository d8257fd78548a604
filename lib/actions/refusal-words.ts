import type { Translate } from "@/lib/i18n/translate";

// What the curation actions say, as message keys, so that every answer a form can show exists in
// every language (tests/unit/action-words.test.ts). An answer's status follows HTTP (action-state.ts).

/** A refusal before the form is read (lib/security): keys of "curation.messages". */
const REFUSAL_KEYS: Record<number, string> = { 401: "sessionEnded", 403: "forbidden", 503: "curationOff" };

/** The correction's outcomes once the form is read: keys of "curation.messages". */
export const CORRECTION_KEYS = {
  noFigure: "noFigure",
  invalid: "fixFields",
  failed: "saveFailed",
  not_found: "notFound",
  stale: "stale",
  unchanged: "unchanged",
} as const;

/** The login form's answers and its field rules: keys of "auth.errors". */
export const LOGIN_KEYS = {
  missing: "missing",
  wrong: "wrong",
  tooMany: "tooMany",
  userMissing: "userMissing",
  userTooLong: "userTooLong",
  passwordMissing: "passwordMissing",
  passwordTooLong: "passwordTooLong",
} as const;

export const REFUSAL_STATUSES = Object.keys(REFUSAL_KEYS).map(Number);

/** A refusal in the page's language (`t` rooted at "curation.messages"); any other status by its number. */
export function refusalMessage(status: number, t: Translate): string {
  const key = REFUSAL_KEYS[status];
  return key ? t(key) : t("refused", { status });
}
