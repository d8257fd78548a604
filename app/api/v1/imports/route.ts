// POST /api/v1/imports: upload a CSV of figures or a data package's zip (curators only); the import runs in a worker process
import { ApiError, withApiErrors } from "@/lib/api/errors";
import { requestBaseUrl } from "@/lib/api/base-url";
import { requireCurator } from "@/lib/security/require-curator";
import { prisma } from "@/lib/db";
import { getImportRun } from "@/lib/data/imports";
import { databaseBusyResponse, isDatabaseBusy } from "@/lib/import/database-busy";
import { createImportRun, finishFailed } from "@/lib/import/runs";
import { launchImportWorker } from "@/lib/import/spawn-worker";
import { receiveUpload, removeUpload, storeUpload, storeUploadOptions, tooLarge, uploadLimits } from "@/lib/import/uploads";
import { importUploadQuerySchema } from "@/lib/schemas/api/import-query";
import { parseQuery } from "@/lib/schemas/api/parse-query";

// The file is the request body (Content-Type text/csv, or application/zip for a data package);
// dataset, mode, dry_run, strict (warnings refuse the file), file_name, and a plain table's source and a new dataset's title,
// citation, licence and description are query parameters. The answer is 202 with the queued
// import; poll its `links.self` for progress and the result. Nothing is written to the data here:
// the worker checks the whole file first. A database whose write lock another connection holds
// answers 503 with Retry-After (lib/import/database-busy.ts), never a 500.

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// What browsers and tools send for a .csv or a .zip file; multipart forms are not accepted (the body is the file).
const CSV_TYPES = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream"];
const ZIP_TYPES = ["application/zip", "application/x-zip-compressed", "application/x-zip"];

export const POST = withApiErrors(async (request: Request) => {
  const { user } = await requireCurator(request);
  const query = parseQuery(importUploadQuerySchema, new URL(request.url).searchParams);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const zip = ZIP_TYPES.includes(type);
  if (!CSV_TYPES.includes(type) && !zip)
    throw new ApiError(415, "unsupported_media_type", "Send the file itself as the body, with Content-Type: text/csv (or application/zip for a data package).", "file");

  const limits = uploadLimits();
  const declared = request.headers.get("content-length");
  const declaredLength = declared !== null && /^\d{1,15}$/.test(declared) ? Number(declared) : null;
  // A declared size over the limit is refused before reading; the real size is counted regardless.
  if (declaredLength !== null && declaredLength > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const upload = await receiveUpload(request.body, limits, declaredLength, !zip);

  let runId: number;
  try {
    runId = await createImportRun(
      prisma,
      { actor: user, fileName: query.file_name, sha256: upload.sha256, datasetSlug: query.dataset ?? null, mode: query.mode, dryRun: query.dry_run },
      null,
    );
  } catch (error) {
    if (isDatabaseBusy(error)) return databaseBusyResponse();
    throw error;
  }
  const { source, title, citation, licence, description, strict } = query;
  storeUploadOptions(limits.dir, runId, { source, title, citation, licence, description, strict: strict || undefined });
  storeUpload(limits.dir, runId, upload.bytes);
  try {
    await launchImportWorker(prisma, runId);
  } catch (error) {
    console.error(`[import ${runId}] could not start the worker:`, error);
    removeUpload(limits.dir, runId);
    await finishFailed(prisma, runId, "The import could not be started on the server. Nothing was written; try again.").catch(() => {});
    if (isDatabaseBusy(error)) return databaseBusyResponse();
    throw error;
  }

  const run = await getImportRun(runId, { baseUrl: requestBaseUrl(request) });
  return new Response(JSON.stringify({ data: run }), {
    status: 202,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", Location: run!.links.self },
  });
});
