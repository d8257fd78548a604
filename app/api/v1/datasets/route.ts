// GET /api/v1/datasets: every dataset with its version, citation and counts
import { requestBaseUrl } from "@/lib/api/base-url";
import { withApiErrors } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/respond";
import { listDatasets } from "@/lib/data/datasets/list";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  return jsonResponse(request, { data: await listDatasets({ baseUrl: requestBaseUrl(request) }) });
});
