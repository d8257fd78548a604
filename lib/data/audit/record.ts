import "server-only";
import { insertRows } from "@/lib/db/bulk-sql";
import type { Tx } from "@/lib/db/tx";

// Every change to a figure leaves an audit entry with the old and new values, so that nothing is
// changed or deleted without a trace. Callers pass their transaction client: the audit entry is
// written in the same transaction as the change, so one never exists without the other.

type AuditAction = "create" | "update" | "delete";

export interface AuditInput {
  actor: string;
  action: AuditAction;
  entity: "figure" | "event" | "dataset" | "source" | "actor" | "phase" | "conversion_rate";
  entityId: number;
  entityKey: string;
  datasetId: number;
  /** update: { column: [old, new] }; create/delete: the whole row. */
  changes: Record<string, unknown>;
  importId?: number | null;
  reason?: string | null;
  at?: Date;
}

/** The AuditEntry columns of one entry; `at` defaults to `now`. */
function auditRow(input: AuditInput, now: Date) {
  return {
    at: input.at ?? now,
    actor: input.actor,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    entityKey: input.entityKey,
    datasetId: input.datasetId,
    changes: JSON.stringify(input.changes),
    importId: input.importId ?? null,
    reason: input.reason ?? null,
  };
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: auditRow(input, new Date()) });
}

/** The { column: [old, new] } map for the columns whose values differ. */
export function diffColumns(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const column of Object.keys(after)) {
    if (before[column] !== after[column]) changes[column] = [before[column] ?? null, after[column] ?? null];
  }
  return changes;
}

// Imports write one entry per changed figure, possibly many thousands: in bulk, inside the
// import's transaction (lib/db/bulk-sql.ts explains why not createMany), built and written a
// batch at a time so that the JSON of a large import is never all in memory at once.
const AUDIT_BATCH = 2000;

export async function recordAudits(tx: Tx, inputs: Iterable<AuditInput>): Promise<void> {
  const at = new Date();
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    await insertRows(tx, "AuditEntry", batch);
    batch = [];
  };
  for (const input of inputs) {
    batch.push(auditRow(input, at));
    if (batch.length >= AUDIT_BATCH) await flush();
  }
  await flush();
}
