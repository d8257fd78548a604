import type { AuditInput } from "@/lib/data/audit/record";
import { diffColumns } from "@/lib/data/audit/record";
import { changedColumns } from "../dataset/rows";
import type { ImportCounts } from "../report";

// Rows of a package matched to the stored rows by their key: created when new, updated in the
// columns that differ, left alone when equal, each write with its audit entry. Stored rows the
// package does not list are left alone (sources and phases may be named by what stays).

export const noChanges = (): ImportCounts => ({ added: 0, changed: 0, unchanged: 0, removed: 0 });

export interface SyncResult {
  /** Every wanted row's id, by key. */
  ids: Map<string, number>;
  counts: ImportCounts;
  audits: AuditInput[];
}

type Stored = Record<string, unknown> & { id: number; key: string };

export async function syncByKey<Wanted extends Record<string, unknown> & { key: string }>(
  stored: readonly Stored[],
  wanted: readonly Wanted[],
  writes: { create: (row: Wanted) => Promise<{ id: number }>; update: (id: number, data: Partial<Wanted>) => Promise<unknown> },
  audit: Pick<AuditInput, "actor" | "importId" | "datasetId" | "entity">,
): Promise<SyncResult> {
  const byKey = new Map(stored.map((row) => [row.key, row]));
  const result: SyncResult = { ids: new Map(), counts: noChanges(), audits: [] };
  for (const row of wanted) {
    const existing = byKey.get(row.key);
    if (!existing) {
      const { id } = await writes.create(row);
      result.ids.set(row.key, id);
      result.counts.added += 1;
      result.audits.push({ ...audit, action: "create", entityId: id, entityKey: row.key, changes: row });
      continue;
    }
    result.ids.set(row.key, existing.id);
    const changed = changedColumns(existing, row);
    if (changed.length === 0) {
      result.counts.unchanged += 1;
      continue;
    }
    const data = Object.fromEntries(changed.map((column) => [column, row[column]])) as Partial<Wanted>;
    await writes.update(existing.id, data);
    result.counts.changed += 1;
    const before = Object.fromEntries(changed.map((column) => [column, existing[column as string]]));
    result.audits.push({ ...audit, action: "update", entityId: existing.id, entityKey: row.key, changes: diffColumns(before, data) });
  }
  return result;
}
