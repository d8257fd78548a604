import type { z } from "zod";
import { lenientParse, type UrlNotice } from "../lenient-parse";
import { dropEmptyParams, type RawParams } from "../raw-params";

// A list page reads its URL with the API's own schema, leniently: an invalid parameter falls back
// to its default, with a notice. Two page rules come on top of the API's.

/**
 * The view a page URL asks for. Without a valid `limit`, the page shows `pageLimit` rows, which
 * may differ from the API's default (the events page shows every event at once).
 */
export function parseListView<Shape extends z.ZodRawShape>(
  shape: Shape,
  raw: RawParams,
  pageLimit: number,
): { view: z.output<z.ZodObject<Shape>>; notices: UrlNotice[] } {
  const cleaned = dropEmptyParams(raw);
  const { value, notices } = lenientParse(shape, cleaned);
  const limitGiven = "limit" in cleaned && !notices.some((notice) => notice.param === "limit");
  const view = limitGiven ? value : { ...value, limit: pageLimit };
  return { view: dropReversedYears(view, notices), notices };
}

/** The API refuses a range that ends before it starts; the page drops the end instead. */
function dropReversedYears<View extends { year_from?: number; year_to?: number }>(view: View, notices: UrlNotice[]): View {
  if (view.year_from === undefined || view.year_to === undefined || view.year_to >= view.year_from) return view;
  notices.push({
    param: "year_to",
    message: `ignored year_to: it must not be before year_from (${view.year_from})`,
    text: { key: "yearToBeforeFrom", values: { year: String(view.year_from) } },
  });
  const next = { ...view };
  delete next.year_to;
  return next;
}
