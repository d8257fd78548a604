import type { z } from "zod";

// Shared by the figures and events queries: a year range must not end before it starts.
export function checkYearOrder(
  query: { year_from?: number; year_to?: number },
  ctx: z.RefinementCtx,
): void {
  if (query.year_from !== undefined && query.year_to !== undefined && query.year_to < query.year_from)
    ctx.addIssue({
      code: "custom",
      path: ["year_to"],
      message: `must not be before year_from (${query.year_from})`,
    });
}
