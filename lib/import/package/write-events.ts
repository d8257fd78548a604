import type { AuditInput } from "@/lib/data/audit/record";
import { diffColumns } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { changedColumns, eventColumns } from "../dataset/rows";
import type { ImportMode } from "../mode";
import type { ImportCounts } from "../report";
import { noChanges } from "./sync-by-key";
import type { PackageEvent } from "./validate-package";

// A package's events written into its dataset, matched on their keys: new ones created, changed
// ones updated (their actors too), and in replace mode the stored ones the package does not list
// removed; every write with its audit entry (a created or removed event's names its phase, source
// and actors by key and code). New events are created in the order of the exporting database's numbers (the
// events table is sorted by date), so that a package loaded into an empty database numbers its
// events as the database it came from did, and exports the same bytes.

export interface EventIds {
  actor: ReadonlyMap<string, number>;
  source: ReadonlyMap<string, number>;
  phase: ReadonlyMap<string, number>;
}

type By = Pick<AuditInput, "actor" | "importId" | "datasetId">;

const byOrder = (a: PackageEvent, b: PackageEvent) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);

/** The audited form of an event: its columns, with the phase, source and actors by key and code. */
function auditEvent(entry: PackageEvent["entry"]) {
  const columns: Partial<ReturnType<typeof eventColumns>> = eventColumns(entry);
  // Computed from the others: it follows them, as a figure's does (figure-audits.ts).
  delete columns.searchText;
  return { ...columns, phase: entry.phase, source: entry.source, actors: [...entry.actors].sort().join(";") };
}

export async function writeEvents(tx: Tx, events: readonly PackageEvent[], ids: EventIds, mode: ImportMode, by: By): Promise<{ counts: ImportCounts; audits: AuditInput[] }> {
  const { datasetId } = by;
  const stored = new Map((await tx.event.findMany({ where: { datasetId }, include: { actors: { include: { actor: { select: { code: true } } } } } })).map((row) => [row.key, row]));
  const counts = noChanges();
  const audits: AuditInput[] = [];
  const audit = (action: AuditInput["action"], entityId: number, entityKey: string, changes: Record<string, unknown>) =>
    audits.push({ ...by, entity: "event", action, entityId, entityKey, changes });

  for (const { entry } of [...events].sort(byOrder)) {
    const wanted = { ...eventColumns(entry), datasetId, phaseId: entry.phase === null ? null : ids.phase.get(entry.phase)!, sourceId: ids.source.get(entry.source)! };
    const actorIds = [...new Set(entry.actors.map((code) => ids.actor.get(code)!))].sort((a, b) => a - b);
    const existing = stored.get(entry.key);
    if (!existing) {
      const { id } = await tx.event.create({ data: { ...wanted, actors: { create: actorIds.map((actorId) => ({ actorId })) } } });
      counts.added += 1;
      audit("create", id, entry.key, auditEvent(entry));
      continue;
    }
    const { actors: links, ...row } = existing;
    const changed = changedColumns(row, wanted);
    const storedActors = links.map((link) => link.actorId).sort((a, b) => a - b);
    const actorsDiffer = storedActors.join(",") !== actorIds.join(",");
    if (changed.length === 0 && !actorsDiffer) {
      counts.unchanged += 1;
      continue;
    }
    if (changed.length > 0) await tx.event.update({ where: { id: row.id }, data: Object.fromEntries(changed.map((column) => [column, wanted[column]])) });
    if (actorsDiffer) {
      await tx.eventActor.deleteMany({ where: { eventId: row.id } });
      await tx.eventActor.createMany({ data: actorIds.map((actorId) => ({ eventId: row.id, actorId })) });
    }
    counts.changed += 1;
    const before = { ...Object.fromEntries(changed.map((column) => [column, row[column]])), ...(actorsDiffer ? { actors: links.map((link) => link.actor.code).sort().join(";") } : {}) };
    const after = { ...Object.fromEntries(changed.map((column) => [column, wanted[column]])), ...(actorsDiffer ? { actors: [...entry.actors].sort().join(";") } : {}) };
    audit("update", row.id, entry.key, diffColumns(before, after));
  }
  if (mode === "replace") {
    const listed = new Set(events.map(({ entry }) => entry.key));
    for (const [key, row] of stored) {
      if (listed.has(key)) continue;
      await tx.event.delete({ where: { id: row.id } });
      counts.removed += 1;
      const { actors: links, ...columns } = row;
      audit("delete", row.id, key, { ...columns, actors: links.map((link) => link.actor.code).sort().join(";") });
    }
  }
  return { counts, audits };
}
