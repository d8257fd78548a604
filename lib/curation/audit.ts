import type { PrismaClient } from "@/generated/prisma/client";

// Every change to a figure leaves an audit entry with the old and new values, so that nothing is
// changed or deleted without a trace. Callers pass their transaction client: the audit entry is
// written in the same transaction as the change, so one never exists without the other.

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type AuditAction = "create" | "update" | "delete";

export interface AuditInput {
  actor: string;
  action: AuditAction;
  entity: "figure" | "event" | "dataset";
  entityId: number;
  entityKey: string;
  datasetId: number;
  /** update: { column: [old, new] }; create/delete: the whole row. */
  changes: Record<string, unknown>;
  importId?: number | null;
  reason?: string | null;
  at?: Date;
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      at: input.at ?? new Date(),
      actor: input.actor,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      entityKey: input.entityKey,
      datasetId: input.datasetId,
      changes: JSON.stringify(input.changes),
      importId: input.importId ?? null,
      reason: input.reason ?? null,
    },
  });
}

/** The { column: [old, new] } map for the columns whose values differ. */
export function diffColumns(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const column of Object.keys(after)) {
    if (before[column] !== after[column]) changes[column] = [before[column] ?? null, after[column] ?? null];
  }
  return changes;
}
