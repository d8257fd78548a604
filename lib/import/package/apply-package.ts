import type { PrismaClient } from "@/generated/prisma/client";
import type { ImportChanges } from "../report";
import { finishSummarised } from "../runs";
import { writePackage, type PackageWrite, type PackageWritten } from "./write-package";

// Writes a valid package in ONE transaction (write-package.ts), with the import's own record: all
// of it is committed or none of it. A dry run makes exactly the same writes in a transaction that
// is then rolled back, so that what it counts is what an import would do, and records the run as
// checked.

export interface PackageApply extends PackageWrite {
  datasetSlug: string;
  rowsTotal: number;
  startedAt: Date;
  dryRun: boolean;
  beforeFinish?: () => void;
}

// As for a CSV import (apply.ts): a large package must not be cut off by Prisma's 5-second default.
const TRANSACTION = { timeout: 60 * 60 * 1000, maxWait: 60_000 };

class DryRunRollback extends Error {}

function changesOf(written: PackageWritten, versionOfNew: number): ImportChanges {
  return {
    ...written.figures,
    datasetCreated: written.created,
    sourcesAdded: written.sourcesAdded,
    actorsAdded: written.actorsAdded,
    versionFrom: written.version?.from ?? null,
    versionTo: written.created ? versionOfNew : (written.version?.to ?? null),
    resources: written.resources,
  };
}

export async function applyPackage(prisma: PrismaClient, input: PackageApply): Promise<ImportChanges & { status: "applied" | "unchanged" | "checked" }> {
  const version = input.data.descriptor.version;
  const summary = (written: PackageWritten) => ({ datasetId: written.created && input.dryRun ? null : written.dataset.id, datasetSlug: input.datasetSlug, rowsTotal: input.rowsTotal, startedAt: input.startedAt });
  if (input.dryRun) {
    let written: PackageWritten | null = null;
    try {
      await prisma.$transaction(async (tx) => {
        written = await writePackage(tx, input);
        throw new DryRunRollback();
      }, TRANSACTION);
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    const changes = changesOf(written!, version);
    input.beforeFinish?.();
    await finishSummarised(prisma, input.runId, { status: "checked", ...summary(written!) }, changes);
    return { status: "checked", ...changes };
  }
  return prisma.$transaction(async (tx) => {
    // A write first, so the transaction holds SQLite's write lock from here on (apply.ts says why).
    await tx.importRun.update({ where: { id: input.runId }, data: { status: "running" } });
    const written = await writePackage(tx, input);
    const status = written.changed ? "applied" : "unchanged";
    const changes = changesOf(written, version);
    input.beforeFinish?.();
    await finishSummarised(tx, input.runId, { status, ...summary(written) }, changes);
    return { status, ...changes };
  }, TRANSACTION);
}
