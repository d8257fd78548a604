import type { PrismaClient } from "@/generated/prisma/client";
import type { ApplyInput } from "./apply";
import type { ImportChanges } from "./report";
import { finishSummarised } from "./runs";
import { planAgainst, readImportTarget } from "./target";

/** A dry run: the plan against the dataset as it is now, recorded as "checked"; nothing else is written. */
export async function dryRunImport(
  prisma: PrismaClient,
  input: Pick<ApplyInput, "runId" | "datasetSlug" | "mode" | "rows" | "actors" | "rowsTotal" | "startedAt" | "beforeFinish" | "notes">,
): Promise<ImportChanges> {
  const target = await readImportTarget(prisma, input.datasetSlug);
  let planned: ReturnType<typeof planAgainst>;
  try {
    planned = planAgainst(target, input.rows, input.mode, input.actors);
  } finally {
    target.stored.close();
  }
  const { counts, newActors } = planned;
  const changes: ImportChanges = {
    ...counts,
    datasetCreated: target.dataset === null,
    sourcesAdded: [],
    actorsAdded: newActors.map((actor) => actor.code),
    versionFrom: null,
    versionTo: null,
  };
  input.beforeFinish?.();
  const run = { status: "checked" as const, datasetId: target.dataset?.id ?? null, datasetSlug: input.datasetSlug, rowsTotal: input.rowsTotal, startedAt: input.startedAt };
  await finishSummarised(prisma, input.runId, run, changes, input.notes);
  return changes;
}
