// zod's mini build: this module is in the overview's first-load JavaScript (the key-events control),
// where the full build's chainable API cost 31 KB of gzipped code, most of it never run.
import * as z from "zod/mini";

// The timeline's "key events" view in the URL: `keyEvents=N` draws the N most important events
// (event-importance.ts) instead of all of them; absent or invalid draws all.

export const KEY_EVENTS_PARAM = "keyEvents";
/** `keyFigures=N`: an exported image draws at most N figures of each category (key-figures.ts). */
export const KEY_FIGURES_PARAM = "keyFigures";
export const KEY_EVENTS_CHOICES = [5, 10, 15, 20] as const;

const keyEventsSchema = z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,2}$/)), z.transform(Number));

/** A key-events or key-figures count from the URL; null when absent or invalid. */
export function parseKeyEvents(value: string | null | undefined): number | null {
  const parsed = keyEventsSchema.safeParse(value ?? "");
  return parsed.success ? parsed.data : null;
}
