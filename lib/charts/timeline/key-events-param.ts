// The timeline's "key events" view in the URL: `keyEvents=N` draws the N most important events
// (event-importance.ts) instead of all of them; absent or invalid draws all.
//
// A strict pattern, not a zod schema: this module is in the overview's first-load JavaScript (the
// key-events control), and even zod's mini build put 23 KB of gzipped code there (its core ships
// every check), to test one short run of digits.

export const KEY_EVENTS_PARAM = "keyEvents";
/** `keyFigures=N`: an exported image draws at most N figures of each category (key-figures.ts). */
export const KEY_FIGURES_PARAM = "keyFigures";
export const KEY_EVENTS_CHOICES = [5, 10, 15, 20] as const;

/** 1 to 999, digits only: no sign, exponent, leading zero or spaces. */
const KEY_EVENTS_PATTERN = /^[1-9][0-9]{0,2}$/;

/** A key-events or key-figures count from the URL; null when absent or invalid. */
export function parseKeyEvents(value: string | null | undefined): number | null {
  return value != null && KEY_EVENTS_PATTERN.test(value) ? Number(value) : null;
}
