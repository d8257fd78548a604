// GET /api/v1/datasets/{slug}/datapackage.zip: the whole dataset as a Frictionless Data Package
import { requestBaseUrl } from "@/lib/api/base-url";
import { notFound, withApiErrors } from "@/lib/api/errors";
import { parsePathParam } from "@/lib/api/path-param";
import { isoDay } from "@/lib/export/csv/filename";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { openEventBatches } from "@/lib/data/events/batches";
import { openFigureBatches } from "@/lib/data/figures/batches";
import { getPackageData } from "@/lib/data/package-tables";
import { buildDataPackage } from "@/lib/export/datapackage";
import { dataPackageZip, packageDates } from "@/lib/export/datapackage-zip";
import { packageReadme } from "@/lib/export/package-readme";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { datasetSlugParamSchema } from "@/lib/schemas/api/id-param";
import { parseQuery } from "@/lib/schemas/api/parse-query";

// The zip holds datapackage.json (every column described), README.txt (how to read and cite the
// data), figures.csv and events.csv (the same columns, cells and neutralisation as the CSV API,
// without a BOM, streamed batch by batch) and the tables that make the package whole
// (lib/export/datapackage-zip.ts). Its bytes depend on the data alone.

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = parsePathParam(datasetSlugParamSchema, (await params).slug, "slug");
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  const [info, data] = await Promise.all([getDatasetExportInfo(slug), getPackageData(slug)]);
  if (!info || !data) throw notFound(`slug: there is no dataset "${slug}"`, "slug");

  const baseUrl = requestBaseUrl(request);
  const dates = packageDates(info.lastUpdated);
  const descriptor = buildDataPackage({ dataset: { ...info, citation: data.citation }, sources: info.sources, baseUrl, created: dates.utc });
  const readme = packageReadme(descriptor, { ...info, url: `${baseUrl}/` }, dates.local);
  const [figures, events] = await Promise.all([
    openFigureBatches({ dataset: slug, sort: "id" }, { baseUrl }),
    openEventBatches({ dataset: slug, sort: "date" }),
  ]);

  const stream = dataPackageZip({ descriptor, readme, figures, events, tables: data, mtime: dates.local });
  const filename = `aidflow-${slug}-v${info.version}-datapackage-${isoDay(new Date())}.zip`;
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
