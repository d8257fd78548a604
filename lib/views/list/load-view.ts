import { QueryError } from "@/lib/schemas/api/query-error";
import { clip, type UrlNotice } from "../lenient-parse";

// A list page's read. The URL was already checked parameter by parameter, but some values can only
// be checked against the database (an actor, phase or dataset that does not exist). The API
// answers those with a 400; a page drops the parameter, says so, and shows the rest.

export interface ListRows<Row> {
  rows: Row[];
  total: number;
}

export interface ListViewResult<View, Row> extends ListRows<Row> {
  /** The view that was actually applied (without the parameters that had to be dropped). */
  view: View;
  notices: UrlNotice[];
}

/** A page's own way out of an error, tried before dropping the rejected parameter. */
export type Recovery<View> = (error: unknown, view: View) => { view: View; notice: UrlNotice } | null;

const MAX_RETRIES = 5;

function dropRejectedParam<View extends object>(error: unknown, view: View): { view: View; notice: UrlNotice } | null {
  if (!(error instanceof QueryError) || error.param === null || !(error.param in view)) return null;
  const next = { ...view } as Record<string, unknown>;
  delete next[error.param];
  const value = (view as Record<string, unknown>)[error.param];
  const text = { key: "rejected", values: { param: error.param, value: clip(Array.isArray(value) ? value.join(",") : String(value)) } };
  return { view: next as View, notice: { param: error.param, message: `ignored ${error.message}`, text } };
}

export async function readLeniently<View extends object, Row>(
  requested: View,
  read: (view: View) => Promise<ListRows<Row>>,
  recover: Recovery<View> = () => null,
): Promise<ListViewResult<View, Row>> {
  let view = requested;
  const notices: UrlNotice[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      const { rows, total } = await read(view);
      return { rows, total, view, notices };
    } catch (error) {
      const retry = attempt < MAX_RETRIES ? (recover(error, view) ?? dropRejectedParam(error, view)) : null;
      if (!retry) throw error;
      notices.push(retry.notice);
      view = retry.view;
    }
  }
}
