// GET /api/v1/imports/{id}: one import's status, progress and result (curators only)
import { notFound, withApiErrors } from "@/lib/api/errors";
import { requestBaseUrl } from "@/lib/api/base-url";
import { parsePathParam } from "@/lib/api/path-param";
import { requireCurator } from "@/lib/security/require-curator";
import { getImportRun } from "@/lib/data/imports";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { importIdParamSchema } from "@/lib/schemas/api/import-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireCurator(request);
  const id = parsePathParam(importIdParamSchema, (await params).id, "id");
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  const run = await getImportRun(id, { baseUrl: requestBaseUrl(request) });
  if (!run) throw notFound(`id: there is no import ${id}`, "id");
  // Progress changes by the second: never cached.
  return new Response(JSON.stringify({ data: run }), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
});
