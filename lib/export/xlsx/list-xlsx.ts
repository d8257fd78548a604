import "server-only";
import { listDatasets } from "@/lib/data/datasets/list";
import { openEventBatches } from "@/lib/data/events/batches";
import { countFigures } from "@/lib/data/figures/count";
import { openFigureCsvBatches } from "@/lib/data/figures/csv-rows";
import { prisma } from "@/lib/db";
import { EVENT_FIELD_SPECS, figureFieldSpecs } from "@/lib/export/datapackage-fields";
import { EVENT_CSV_COLUMNS, EVENT_CSV_HEADERS } from "@/lib/export/csv/event-columns";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { eventWhere } from "@/lib/data/events/where";
import { pickFigureFilters, type FiguresQuery } from "@/lib/schemas/api/figures-query";
import type { EventsQuery } from "@/lib/schemas/api/events-query";
import type { EventDto } from "@/lib/schemas/api/event-response";
import type { DatasetDto } from "@/lib/schemas/api/dataset-response";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { aboutColumnsHeader, aboutLines, columnDescriptions, columnsFromSpecs } from "./about-lines";
import { exportTranslator } from "./export-words";
import { checkXlsxRowCount, xlsxFileName, xlsxResponse } from "./respond";
import { xlsxStream, type XlsxValue } from "./write-workbook";

// format=xlsx on GET /api/v1/figures and /api/v1/events: the same rows, columns and order as the
// CSV export (the figures' cells straight from the driver, lib/data/figures/csv-rows.ts), as one
// sheet, with a second sheet that cites the datasets and describes every column, in `locale`.

/** The datasets the rows may come from: the filtered one, or every one. */
async function citedDatasets(slug: string | undefined): Promise<DatasetDto[]> {
  const datasets = await listDatasets();
  return slug === undefined ? datasets : datasets.filter((dataset) => dataset.slug === slug);
}

export async function figuresXlsxResponse(query: FiguresQuery, csvName: string, baseUrl: string, locale: Locale = DEFAULT_LOCALE): Promise<Response> {
  checkXlsxRowCount(await countFigures(pickFigureFilters(query)), "figures");
  const datasets = await citedDatasets(query.dataset);
  const declared = datasets.length === 1 ? datasets[0]!.meta : {};
  const specs = figureFieldSpecs(declared);
  const batches = await openFigureCsvBatches({ query, headers: FIGURE_CSV_HEADERS, baseUrl });
  const stream = xlsxStream({
    sheetName: "Figures",
    columns: columnsFromSpecs(FIGURE_CSV_HEADERS, specs),
    batches: batches as AsyncIterable<XlsxValue[][]>,
    about: {
      lines: aboutLines(exportTranslator(locale)("about.titleFigures"), datasets, [], locale),
      columns: columnDescriptions(FIGURE_CSV_HEADERS, specs, { locale, entity: "figures", declared }),
      columnsHeader: aboutColumnsHeader(locale),
    },
  });
  return xlsxResponse(stream, xlsxFileName(csvName));
}

async function* eventCells(batches: AsyncIterable<EventDto[]>): AsyncGenerator<XlsxValue[][]> {
  for await (const batch of batches) yield batch.map((event) => EVENT_CSV_COLUMNS.map((column) => column.value(event)));
}

export async function eventsXlsxResponse(query: EventsQuery, csvName: string, locale: Locale = DEFAULT_LOCALE): Promise<Response> {
  checkXlsxRowCount(await prisma.event.count({ where: await eventWhere(query) }), "events");
  const datasets = await citedDatasets(query.dataset);
  const stream = xlsxStream({
    sheetName: "Events",
    columns: columnsFromSpecs(EVENT_CSV_HEADERS, EVENT_FIELD_SPECS),
    batches: eventCells(await openEventBatches(query)),
    about: {
      lines: aboutLines(exportTranslator(locale)("about.titleEvents"), datasets, [], locale),
      columns: columnDescriptions(EVENT_CSV_HEADERS, EVENT_FIELD_SPECS, { locale, entity: "events" }),
      columnsHeader: aboutColumnsHeader(locale),
    },
  });
  return xlsxResponse(stream, xlsxFileName(csvName));
}
