// GET /api/v1/events: list events in date order (JSON, paged) or export every matching event (format=csv)
import { requestBaseUrl } from "@/lib/api/base-url";
import { eventsView } from "@/lib/views/events";
import { withApiErrors } from "@/lib/api/errors";
import { pageLinks } from "@/lib/api/page-links";
import { csvResponse, jsonResponse } from "@/lib/api/respond";
import { EVENT_CSV_COLUMNS } from "@/lib/export/csv/event-columns";
import { csvStream } from "@/lib/export/csv/write";
import { openEventBatches } from "@/lib/data/events/batches";
import { listEvents } from "@/lib/data/events/list";
import { eventsXlsxResponse } from "@/lib/export/xlsx/list-xlsx";
import { splitExportLocale } from "@/lib/export/xlsx/export-locale";
import { eventsQuerySchema } from "@/lib/schemas/api/events-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const { locale, params } = splitExportLocale(new URL(request.url).searchParams);
  const query = parseQuery(eventsQuerySchema, params);

  if (query.format === "csv") {
    const batches = await openEventBatches(query);
    return csvResponse(csvStream(EVENT_CSV_COLUMNS, batches, { bom: query.bom }), eventsView.fileName(query));
  }

  if (query.format === "xlsx") return eventsXlsxResponse(query, eventsView.fileName(query), locale);

  const { rows, total } = await listEvents(query);
  const page = query.page ?? 1;
  const next = page * query.limit < total ? { page: page + 1 } : null;
  return jsonResponse(request, {
    data: rows,
    meta: { total, limit: query.limit, page, query },
    links: pageLinks(request, requestBaseUrl(request), next),
  });
});
