// GET /api/v1/datasets/{slug}: one dataset's metadata, citation, counts and changelog
import { requestBaseUrl } from "@/lib/api/base-url";
import { notFound, withApiErrors } from "@/lib/api/errors";
import { parsePathParam } from "@/lib/api/path-param";
import { jsonResponse } from "@/lib/api/respond";
import { getDatasetBySlug } from "@/lib/data/datasets/get";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { datasetSlugParamSchema } from "@/lib/schemas/api/id-param";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = parsePathParam(datasetSlugParamSchema, (await params).slug, "slug");
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  const dataset = await getDatasetBySlug(slug, { baseUrl: requestBaseUrl(request) });
  if (!dataset) throw notFound(`slug: there is no dataset "${slug}"`, "slug");
  return jsonResponse(request, { data: dataset });
});
