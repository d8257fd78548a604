// GET /api/health: readiness for load balancers: 200 when the database answers and is fully migrated, else 503
import { ApiError, errorResponse, withApiErrors } from "@/lib/api/errors";
import { healthSchema } from "@/lib/api/health-schema";
import { checkReadiness } from "@/lib/api/readiness";
import { emptyQuerySchema } from "@/lib/schemas/api/empty-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";

export const dynamic = "force-dynamic";

const RETRY_AFTER_SECONDS = 10;

export const GET = withApiErrors(async (request: Request) => {
  parseQuery(emptyQuerySchema, new URL(request.url).searchParams);
  const readiness = await checkReadiness();
  if (!readiness.ready) {
    const response = errorResponse(new ApiError(503, "not_ready", readiness.reason));
    response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return response;
  }
  const body = healthSchema.parse({ status: "ready", database: readiness.database, migrations: readiness.migrations });
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});
