// GET /api/v1/figures/{id}: one figure with its parent, components and sources
import { requestBaseUrl } from "@/lib/api/base-url";
import { notFound, withApiErrors } from "@/lib/api/errors";
import { parsePathParam } from "@/lib/api/path-param";
import { jsonResponse } from "@/lib/api/respond";
import { getFigureOrNull } from "@/lib/data/figures/get";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parsePathParam(figureIdParamSchema, (await params).id, "id");
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  const figure = await getFigureOrNull(id, { baseUrl: requestBaseUrl(request) });
  if (!figure) throw notFound(`id: there is no figure ${id}`, "id");
  return jsonResponse(request, { data: figure });
});
