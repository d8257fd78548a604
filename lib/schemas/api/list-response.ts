import { z } from "zod";

// The envelope of a list answer: rows, how they were chosen, and where the next page is.
export function listResponseSchema<Item extends z.ZodType>(item: Item, options: { cursor: boolean }) {
  const meta = z.object({
    total: z.int().meta({ description: "Rows matching the filters, on all pages." }),
    limit: z.int(),
    page: z.int().nullable().meta({ description: "The page number, or null when a cursor was used." }),
    ...(options.cursor
      ? {
          cursor: z.string().nullable(),
          nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last." }),
        }
      : {}),
    query: z.record(z.string(), z.unknown()).meta({ description: "The query as understood, defaults included." }),
  });
  return z.object({
    data: z.array(item),
    meta,
    links: z.object({ self: z.url(), next: z.url().nullable() }),
  });
}
