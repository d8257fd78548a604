// GET /api/v1/figures: list figures (JSON, paged) or export every matching figure (format=csv)
import { requestBaseUrl } from "@/lib/api/base-url";
import { figuresView } from "@/lib/views/figures";
import { withApiErrors } from "@/lib/api/errors";
import { pageLinks } from "@/lib/api/page-links";
import { csvResponse, jsonResponse } from "@/lib/api/respond";
import { FIGURE_CSV_COLUMNS, FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { rewrittenCsvChunks } from "@/lib/export/csv/postgres-csv";
import { csvChunkStream, csvValueLines, csvValueStream } from "@/lib/export/csv/write";
import { openFigureCsvCopy } from "@/lib/data/figures/csv-copy";
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
    // written by PostgreSQL where it can (COPY), else read as cells straight from the driver and
    // written batch by batch, as the client reads.
    const fileName = figuresView.fileName(query);
    const copy = await openFigureCsvCopy({ query, baseUrl });
    if (copy) {
      const chunks = rewrittenCsvChunks(copy.chunks, (record) => csvValueLines([copy.rowOf(record)]), copy.mark);
      return csvResponse(csvChunkStream(FIGURE_CSV_COLUMNS, chunks, { bom: query.bom }), fileName);
    }
    const batches = await openFigureCsvBatches({ query, headers: FIGURE_CSV_HEADERS, baseUrl });
    return csvResponse(csvValueStream(FIGURE_CSV_COLUMNS, batches, { bom: query.bom }), fileName);
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
