import { z } from "zod";

// The timeline's "key events" view in the URL: `keyEvents=N` draws the N most important events
// (event-importance.ts) instead of all of them; absent or invalid draws all.

export const KEY_EVENTS_PARAM = "keyEvents";
/** `keyFigures=N`: an exported image draws at most N figures of each category (key-figures.ts). */
export const KEY_FIGURES_PARAM = "keyFigures";
export const KEY_EVENTS_CHOICES = [5, 10, 15, 20] as const;

const keyEventsSchema = z.string().regex(/^[1-9][0-9]{0,2}$/).transform(Number);

/** A key-events or key-figures count from the URL; null when absent or invalid. */
export function parseKeyEvents(value: string | null | undefined): number | null {
  const parsed = keyEventsSchema.safeParse(value ?? "");
  return parsed.success ? parsed.data : null;
}
