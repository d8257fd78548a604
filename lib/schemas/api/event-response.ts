import { z } from "zod";
import { EVENT_TYPE_CODES, FLAG_CODES } from "@/lib/vocab";
import { actorRefSchema, sourceRefSchema } from "./refs-response";

// The public shape of an event (API v1).
export const eventDtoSchema = z.object({
  id: z.int().positive(),
  key: z.string(),
  dataset: z.string(),
  date: z.string().meta({ description: "ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD." }),
  endDate: z.string().nullable(),
  dateText: z.string().meta({ description: "The date in the source's own words." }),
  dateStatus: z.string().meta({ description: "stated or inferred." }),
  yearStart: z.int(),
  yearEnd: z.int(),
  label: z.string(),
  type: z.string().meta({ description: `Event type: ${EVENT_TYPE_CODES.join(", ")}.` }),
  phase: z.object({ key: z.string(), label: z.string() }).nullable(),
  actors: z.array(actorRefSchema),
  source: sourceRefSchema,
  section: z.string(),
  phrase: z.string(),
  citedRef: z.string().nullable(),
  flags: z.array(z.string().meta({ description: `Flag code: ${FLAG_CODES.join(", ")}.` })),
  notes: z.string().nullable(),
});

export type EventDto = z.infer<typeof eventDtoSchema>;
