// GET /api/v1/figures/{id}/history: every recorded change to a figure (audit log), newest first
import { notFound, withApiErrors } from "@/lib/api/errors";
import { parsePathParam } from "@/lib/api/path-param";
import { jsonResponse } from "@/lib/api/respond";
import { figureHasRecord, listFigureHistory } from "@/lib/data/audit/figure-history";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { figureIdParamSchema } from "@/lib/schemas/api/id-param";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parsePathParam(figureIdParamSchema, (await params).id, "id");
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  if (!(await figureHasRecord(id))) throw notFound(`id: there is no figure ${id}`, "id");
  return jsonResponse(request, { data: await listFigureHistory(id) });
});
