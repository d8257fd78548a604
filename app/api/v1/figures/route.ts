// GET /api/v1/figures: list figures (JSON, paged) or export every matching figure (format=csv)
import { requestBaseUrl } from "@/lib/api/base-url";
import { figuresView } from "@/lib/views/figures";
import { withApiErrors } from "@/lib/api/errors";
import { pageLinks } from "@/lib/api/page-links";
import { csvResponse, jsonResponse } from "@/lib/api/respond";
import { FIGURE_CSV_COLUMNS, FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { csvValueStream } from "@/lib/export/csv/write";
import { openFigureCsvBatches } from "@/lib/data/figures/csv-rows";
import { listFigures } from "@/lib/data/figures/list";
import { figuresXlsxResponse } from "@/lib/export/xlsx/list-xlsx";
import { splitExportLocale } from "@/lib/export/xlsx/export-locale";
import { figuresQuerySchema } from "@/lib/schemas/api/figures-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";

// Read the database on every request, never at build time.
export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const { locale, params } = splitExportLocale(new URL(request.url).searchParams);
  const query = parseQuery(figuresQuerySchema, params);
  const baseUrl = requestBaseUrl(request);

  if (query.format === "csv") {
    // CSV is the whole answer: every row matching the filters, in the requested order, no paging,
    // read as cells straight from the driver and written batch by batch as the client reads.
    const batches = await openFigureCsvBatches({ query, headers: FIGURE_CSV_HEADERS, baseUrl });
    return csvResponse(csvValueStream(FIGURE_CSV_COLUMNS, batches, { bom: query.bom }), figuresView.fileName(query));
  }

  if (query.format === "xlsx") return figuresXlsxResponse(query, figuresView.fileName(query), baseUrl, locale);

  const { rows, total, nextCursor } = await listFigures(query, { baseUrl });
  const page = query.cursor === undefined ? (query.page ?? 1) : null;
  const next = nextCursor === null ? null : query.page !== undefined ? { page: query.page + 1 } : { cursor: nextCursor };
  return jsonResponse(request, {
    data: rows,
    meta: { total, limit: query.limit, page, cursor: query.cursor ?? null, nextCursor, query },
    links: pageLinks(request, baseUrl, next),
  });
});
