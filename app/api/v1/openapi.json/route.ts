// GET /api/v1/openapi.json: the OpenAPI 3.1 description of API v1, generated from the zod schemas
import { requestBaseUrl } from "@/lib/api/base-url";
import { withApiErrors } from "@/lib/api/errors";
import { openApiDocument } from "@/lib/api/openapi-document";
import { jsonResponse } from "@/lib/api/respond";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  return jsonResponse(request, openApiDocument(requestBaseUrl(request)));
});
