// GET /api/v1/datasets/{slug}/datapackage.zip: the whole dataset as a Frictionless Data Package
import { requestBaseUrl } from "@/lib/api/base-url";
import { notFound, withApiErrors } from "@/lib/api/errors";
import { parsePathParam } from "@/lib/api/path-param";
import { EVENT_CSV_COLUMNS } from "@/lib/export/csv/event-columns";
import { FIGURE_CSV_COLUMNS } from "@/lib/export/csv/figure-columns";
import { isoDay } from "@/lib/export/csv/filename";
import { csvHeaderLine, csvRowLines, type CsvColumn } from "@/lib/export/csv/write";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { openEventBatches } from "@/lib/data/events/batches";
import { openFigureBatches } from "@/lib/data/figures/batches";
import { buildDataPackage, EVENTS_FILE, FIGURES_FILE, README_FILE } from "@/lib/export/datapackage";
import { packageReadme } from "@/lib/export/package-readme";
import { utf8Chunks, zipStream } from "@/lib/export/zip-stream";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { datasetSlugParamSchema } from "@/lib/schemas/api/id-param";
import { parseQuery } from "@/lib/schemas/api/parse-query";

// The zip holds datapackage.json (every column described), README.txt (how to read and cite the
// data), figures.csv and events.csv: the same columns, cells and neutralisation as the CSV API,
// without a BOM. The CSV files are streamed into the zip batch by batch.

export const dynamic = "force-dynamic";

async function* csvText<Row>(columns: readonly CsvColumn<Row>[], batches: AsyncIterable<Row[]>): AsyncGenerator<string> {
  yield csvHeaderLine(columns);
  for await (const batch of batches) yield csvRowLines(columns, batch);
}

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = parsePathParam(datasetSlugParamSchema, (await params).slug, "slug");
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  const info = await getDatasetExportInfo(slug);
  if (!info) throw notFound(`slug: there is no dataset "${slug}"`, "slug");

  const baseUrl = requestBaseUrl(request);
  const created = new Date();
  const descriptor = buildDataPackage({ dataset: info, sources: info.sources, baseUrl, created });
  const readme = packageReadme(descriptor, { ...info, url: `${baseUrl}/` }, created);
  const [figures, events] = await Promise.all([
    openFigureBatches({ dataset: slug, sort: "id" }, { baseUrl }),
    openEventBatches({ dataset: slug, sort: "date" }),
  ]);

  const stream = zipStream([
    { name: "datapackage.json", chunks: utf8Chunks([`${JSON.stringify(descriptor, null, 2)}\n`]), mtime: created },
    { name: README_FILE, chunks: utf8Chunks([readme]), mtime: created },
    { name: FIGURES_FILE, chunks: utf8Chunks(csvText(FIGURE_CSV_COLUMNS, figures)), mtime: created },
    { name: EVENTS_FILE, chunks: utf8Chunks(csvText(EVENT_CSV_COLUMNS, events)), mtime: created },
  ]);
  const filename = `aidflow-${slug}-v${info.version}-datapackage-${isoDay(created)}.zip`;
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
