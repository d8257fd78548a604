import { z } from "zod";

// The timeline's "key events" view in the URL: `keyEvents=N` draws the N most important events
// (event-importance.ts) instead of all of them; absent or invalid draws all.

export const KEY_EVENTS_PARAM = "keyEvents";
export const KEY_EVENTS_CHOICES = [5, 10, 15, 20] as const;

const keyEventsSchema = z.string().regex(/^[1-9][0-9]{0,2}$/).transform(Number);

export function parseKeyEvents(value: string | null | undefined): number | null {
  const parsed = keyEventsSchema.safeParse(value ?? "");
  return parsed.success ? parsed.data : null;
}
