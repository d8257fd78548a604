import { z } from "zod";

// Small shapes that several responses embed.

export const actorRefSchema = z.object({
  code: z.string().meta({ description: "Actor code, e.g. USA." }),
  name: z.string(),
});

export const sourceRefSchema = z.object({
  key: z.string(),
  citation: z.string().meta({ description: "The full reference, as the source list gives it." }),
  author: z.string(),
  year: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
});
