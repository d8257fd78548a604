// GET /api/v1/datasets/{slug}/charts/{chart}: the rows one overview chart draws, as JSON, CSV or XLSX
import { requestBaseUrl } from "@/lib/api/base-url";
import { notFound, withApiErrors } from "@/lib/api/errors";
import { parsePathParam } from "@/lib/api/path-param";
import { csvResponse, jsonResponse } from "@/lib/api/respond";
import { chartXlsxStream } from "@/lib/export/xlsx/chart-xlsx";
import { splitExportLocale } from "@/lib/export/xlsx/export-locale";
import { xlsxResponse } from "@/lib/export/xlsx/respond";
import { datasetSlugParamSchema } from "@/lib/schemas/api/id-param";
import { loadOverview } from "@/lib/views/overview";
import { chartDataTable } from "@/lib/views/overview/chart-data/chart-data";
import { chartDataPath } from "@/lib/views/overview/chart-data/links";
import { chartDataCsv, chartDataFileName, chartDataRowObjects } from "@/lib/views/overview/chart-data/output";
import { isChartId, parseChartDataRequest, refusedParameter } from "@/lib/views/overview/chart-data/request";
import { CHART_IDS } from "@/lib/views/overview/param-codes";

// The rows come from the overview exactly as the page shapes it (lib/views/overview.ts: same
// parameters, same caps, same order), so the file and the chart never disagree. Unlike the page,
// a parameter that cannot be honoured is a 400, not a notice.

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ slug: string; chart: string }> }) => {
  const path = await params;
  const slug = parsePathParam(datasetSlugParamSchema, path.slug, "slug");
  if (!isChartId(path.chart)) throw notFound(`chart: there is no chart "${path.chart.slice(0, 40)}"; charts are ${CHART_IDS.join(", ")}`, "chart");
  const chart = path.chart;
  const url = new URL(request.url);
  const { locale, params: query } = splitExportLocale(url.searchParams);
  const { format, bom, view } = parseChartDataRequest(query);
  const loaded = await loadOverview(slug, view);
  if (!loaded) throw notFound(`slug: there is no dataset "${slug}"`, "slug");
  const refused = refusedParameter(loaded.notices);
  if (refused) throw refused;

  const table = chartDataTable(loaded, chart);
  const baseUrl = requestBaseUrl(request);
  const viewSearch = new URLSearchParams(view);
  if (format === "csv") return csvResponse(new Blob([chartDataCsv(table, { bom })]).stream(), chartDataFileName(slug, chart, view, "csv"));
  if (format === "xlsx") {
    const stream = chartXlsxStream({ table, dataset: loaded.data.dataset, view, url: `${baseUrl}${chartDataPath(slug, chart, viewSearch)}`, locale });
    return xlsxResponse(stream, chartDataFileName(slug, chart, view, "xlsx"));
  }
  const { rows, columns, ...about } = table;
  return jsonResponse(request, {
    data: { dataset: slug, ...about, columns, rows: chartDataRowObjects({ ...table, rows }) },
    meta: { view: loaded.params, notices: loaded.notices },
    links: Object.fromEntries((["json", "csv", "xlsx"] as const).map((type) => [type, `${baseUrl}${chartDataPath(slug, chart, viewSearch, type)}`])),
  });
});
