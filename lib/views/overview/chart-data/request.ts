import { z } from "zod";
import { booleanParam } from "@/lib/schemas/api/params";
import { QueryError } from "@/lib/schemas/api/query-error";
import { paramsToRecord } from "@/lib/schemas/api/search-params";
import type { UrlNotice } from "@/lib/views/lenient-parse";
import { CHART_IDS, type ChartId } from "../param-codes";
import { CHART_DATA_FORMATS, type ChartDataFormat } from "./links";

// What GET /api/v1/datasets/{slug}/charts/{chart} reads from its URL: the overview's own view
// parameters (pair, window, unit, currency…; lib/views/overview.ts reads them, as the page does)
// and the download's format. A page shows a bad parameter as a notice and falls back to the
// default; an API client gets a 400 naming it instead, so it never receives a view it did not ask for.


const downloadSchema = z.object({
  format: z.enum(CHART_DATA_FORMATS, { error: 'must be "json", "csv" or "xlsx"' }).default("json"),
  bom: booleanParam().default(false),
});

export const chartIdSchema = z.enum(CHART_IDS, { error: `must be one of ${CHART_IDS.join(", ")}` });

export interface ChartDataRequest {
  format: ChartDataFormat;
  bom: boolean;
  /** The overview's parameters, for loadOverview. */
  view: Record<string, string>;
}

export function parseChartDataRequest(search: URLSearchParams): ChartDataRequest {
  const { format, bom, ...view } = paramsToRecord(search);
  const parsed = downloadSchema.safeParse({ format, bom });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = String(issue.path[0]);
    throw new QueryError("invalid_parameter", param, `${param}: ${issue.message}`);
  }
  return { ...parsed.data, view };
}

/**
 * The first notice that says the URL was not read as written (an unknown parameter, a bad value,
 * parameters that do not fit together), as the API's error; null when every parameter was honoured.
 * What the shaping could not draw (a unit with no figures, a pair with no flows) stays a notice.
 */
export function refusedParameter(notices: readonly UrlNotice[]): QueryError | null {
  const refused = notices.find((notice) => notice.message.startsWith("ignored") || notice.param === "(url)");
  if (!refused) return null;
  const code = refused.message.startsWith("ignored the unknown parameter") ? "unknown_parameter" : "invalid_parameter";
  const message = refused.message.replace(/^ignored /, "");
  return new QueryError(code, refused.param, `${refused.param}: ${message}`);
}

export const isChartId = (value: string): value is ChartId => (CHART_IDS as readonly string[]).includes(value);
