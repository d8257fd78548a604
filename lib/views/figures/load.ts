import { QueryError } from "@/lib/schemas/api/query-error";
import type { UrlNotice } from "@/lib/views/list/lenient-parse";
import type { FiguresView } from "@/lib/views/figures/view";
import { formatNumber } from "@/lib/format";
import { listFigures, maxPageDepth, PageTooDeepError, type FigureList } from "../../data/figures/list";

// The explore page's read. The URL was already checked parameter by parameter, but some values
// can only be checked against the database (an actor, phase or dataset that does not exist). The
// API answers those with a 400; a page drops the parameter, says so, and shows the rest.

export interface FiguresViewResult extends Omit<FigureList, "nextCursor"> {
  /** The view that was actually applied (without the parameters that had to be dropped). */
  view: FiguresView;
  notices: UrlNotice[];
}

const MAX_RETRIES = 5;

export async function listFiguresForView(requested: FiguresView): Promise<FiguresViewResult> {
  let view = requested;
  const notices: UrlNotice[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      const { rows, total } = await listFigures({ ...view, format: "json", bom: false });
      return { rows, total, view, notices };
    } catch (error) {
      if (error instanceof PageTooDeepError && attempt < MAX_RETRIES) {
        // The middle of a very long list is not served by page number (lib/data/figures.ts): show
        // the deepest page from the start and say how to reach the rest.
        notices.push({
          param: "page",
          message:
            `page ${formatNumber(error.page)} is more than ${formatNumber(maxPageDepth())} rows from both ends of these ` +
            `${formatNumber(error.total)} figures, so page ${formatNumber(error.nearestPage)} is shown. To see the rows further in, ` +
            "narrow the filters or reverse the sort (the last pages are served from the other end).",
        });
        view = { ...view, page: error.nearestPage };
        continue;
      }
      const param = error instanceof QueryError ? error.param : null;
      if (!(error instanceof QueryError) || param === null || !(param in view) || attempt >= MAX_RETRIES) throw error;
      notices.push({ param, message: `ignored ${error.message}` });
      const next = { ...view };
      delete next[param as keyof FiguresView];
      view = next;
    }
  }
}
