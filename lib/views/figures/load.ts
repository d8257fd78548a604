import { formatNumber } from "@/lib/format";
import { listFigures } from "@/lib/data/figures/list";
import { maxPageDepth, PageTooDeepError } from "@/lib/data/figures/page-depth";
import type { FigureDto } from "@/lib/schemas/api/figure-response";
import type { FiguresView } from "../figures";
import { readLeniently, type ListViewResult, type Recovery } from "../list/load-view";

// The explore page's read (lib/views/list/load-view.ts: a parameter only the database can reject is
// dropped with a notice).

export type FiguresViewResult = ListViewResult<FiguresView, FigureDto>;

/**
 * The middle of a very long list is not served by page number (lib/data/figures/list.ts): show the
 * deepest page from the start and say how to reach the rest.
 */
const startAtNearestPage: Recovery<FiguresView> = (error, view) => {
  if (!(error instanceof PageTooDeepError)) return null;
  const message =
    `page ${formatNumber(error.page)} is more than ${formatNumber(maxPageDepth())} rows from both ends of these ` +
    `${formatNumber(error.total)} figures, so page ${formatNumber(error.nearestPage)} is shown. To see the rows further in, ` +
    "narrow the filters or reverse the sort (the last pages are served from the other end).";
  const values = { page: error.page, depth: maxPageDepth(), total: error.total, nearest: error.nearestPage };
  return { view: { ...view, page: error.nearestPage }, notice: { param: "page", message, text: { key: "pageTooDeep", values } } };
};

export function listFiguresForView(requested: FiguresView): Promise<FiguresViewResult> {
  return readLeniently(requested, (view) => listFigures({ ...view, format: "json", bom: false }), startAtNearestPage);
}
