// The import worker: runs one uploaded import in its own process, started (detached) by
// POST /api/v1/imports through lib/import/spawn-worker.ts. The upload handler has stored the file
// (UPLOAD_DIR/<id>.csv, a CSV or a data package's zip, and what the upload said beyond it in
// <id>.options.json) and created the ImportRun; this process checks and writes it, and reports
// its progress in UPLOAD_DIR/<id>.progress.json for the status endpoint. Both files are gone before
// the run is recorded as finished: whoever sees it finished may look, and must not find them.
// Usage (normally not by hand): tsx --conditions=react-server scripts/import-worker.ts <import id>
import { existsSync } from "node:fs";
import { createImportClient } from "@/lib/import/import-client";
import { progressFilePath, removeProgressFile, writeProgressFile } from "@/lib/import/progress-file";
import { runImport, type ImportPhase } from "@/lib/import/run-import";
import { finishFailed } from "@/lib/import/runs";
import { readUploadOptions, removeUpload, uploadFilePath, uploadLimits } from "@/lib/import/uploads";
import { sweepStaleUploads } from "@/lib/import/sweep-uploads";
import { importModeSchema } from "@/lib/import/mode";

// Progress is written at most this often (and at every change of phase).
const PROGRESS_EVERY_MS = 200;

async function main(): Promise<number> {
  const runId = Number(process.argv[2]);
  if (!Number.isSafeInteger(runId) || runId < 1) throw new Error("usage: import-worker.ts <import id>");
  const { dir, maxBytes, maxRows } = uploadLimits();
  const swept = sweepStaleUploads(dir);
  if (swept.length > 0) console.log(`[import ${runId}] removed ${swept.length} upload file(s) left by earlier workers: ${swept.join(", ")}`);
  const progressFile = progressFilePath(dir, runId);
  const prisma = createImportClient();
  try {
    const run = await prisma.importRun.findUnique({ where: { id: runId } });
    if (!run || run.status !== "queued") {
      console.error(`[import ${runId}] not waiting to run (${run?.status ?? "no such import"})`);
      return 1;
    }
    const filePath = uploadFilePath(dir, runId);
    let options: ReturnType<typeof readUploadOptions>;
    try {
      if (!existsSync(filePath)) throw new Error("no upload");
      options = readUploadOptions(dir, runId);
    } catch {
      await finishFailed(prisma, runId, "The uploaded file could not be found on the server; upload it again.");
      return 2;
    }

    let lastPhase: ImportPhase | null = null;
    let lastWrite = 0;
    const result = await runImport(prisma, {
      runId,
      // Read from disk as a stream; removed before the run is recorded as finished (beforeFinish),
      // and by the finally below whatever happens. A run whose worker dies is failed and must be
      // uploaded again.
      filePath,
      fileName: run.fileName,
      actor: run.actor,
      dataset: run.datasetSlug === "" ? undefined : run.datasetSlug,
      mode: importModeSchema.parse(run.mode),
      dryRun: run.dryRun,
      limits: { maxBytes, maxRows },
      defaultSource: options.source,
      strict: options.strict,
      newDataset: { title: options.title, citation: options.citation, licence: options.licence, description: options.description },
      onProgress: (phase, done, total) => {
        const now = Date.now();
        if (phase === lastPhase && now - lastWrite < PROGRESS_EVERY_MS && done < total) return;
        lastPhase = phase;
        lastWrite = now;
        writeProgressFile(progressFile, { phase, done, total });
      },
      beforeFinish: () => {
        removeProgressFile(progressFile);
        removeUpload(dir, runId);
      },
    });
    console.log(`[import ${runId}] ${result.status} in ${result.seconds.toFixed(2)} s`);
    return result.status === "failed" ? 2 : 0;
  } finally {
    // Whatever the way out (a run that was not ours, an error): leave nothing behind.
    removeProgressFile(progressFile);
    removeUpload(dir, runId);
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[import worker]", error);
    process.exit(2);
  },
);
