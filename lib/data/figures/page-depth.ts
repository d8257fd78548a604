import "server-only";
import { getEnv } from "@/lib/env";
import { QueryError } from "@/lib/schemas/api/query-error";

/**
 * How far into a list an offset page may start, counted from its nearer end. Skipping rows costs
 * one index step each: 10,000 is a few milliseconds, half a million rows is 50 ms and more per
 * page. Deeper pages are read by cursor (the API's meta.nextCursor), by reversing the sort, or by
 * narrowing the filters; the explore page says so (lib/views/figures/load.ts).
 */
const MAX_PAGE_DEPTH = 10_000;

/** MAX_PAGE_DEPTH, or FIGURES_MAX_PAGE_DEPTH from the environment (tests, and deployments that want another). */
export function maxPageDepth(): number {
  return getEnv().FIGURES_MAX_PAGE_DEPTH ?? MAX_PAGE_DEPTH;
}

/** A page number that starts too far from both ends of its list; `nearestPage` is the deepest one served. */
export class PageTooDeepError extends QueryError {
  constructor(
    readonly page: number,
    readonly nearestPage: number,
    readonly total: number,
  ) {
    super(
      "invalid_parameter",
      "page",
      `page: page ${page} starts more than ${maxPageDepth()} rows from both ends of these ${total} figures; ` +
        "offset pages are served up to that depth from either end. Follow meta.nextCursor (the cursor parameter) to read on, reverse the sort, or narrow the filters.",
    );
  }
}
