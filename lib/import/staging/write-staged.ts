import type BetterSqlite3 from "better-sqlite3";
import { recordAudits, type AuditInput } from "@/lib/data/audit/record";
import { deleteWhereIdIn, insertRows, updateColumnById, updateRow } from "@/lib/db/bulk-sql";
import { rawPostgresOf } from "@/lib/db/raw-postgres";
import { rawSqliteOf } from "@/lib/db/raw-sqlite";
import type { Tx } from "@/lib/db/tx";
import { figureAudits, type AuditNames } from "../figure-audits";
import { FigurePlanner, type FigurePlan, type Lookups } from "../plan";
import { PLAN_CHUNK, type PlanCounts } from "../target";
import type { FigureRows } from "./figure-rows";
import { idsOfKeys } from "./ids-of-keys";
import type { StoredFigures } from "./stored-figures";
import { copyNewFigures, figureStatisticsKeeper, linkParents } from "./copy-new-figures";
import { figureIdLookup, insertNewFigures } from "./insert-new-figures";

// Writes a CSV import's figures from its staged rows (staged-rows.ts) a part of the file at a time,
// so that neither the rows, nor their plan, nor their audit entries are ever all in memory: the new
// figures with their "create" entries, then the changed ones with their "update" entries, then the
// new figures' parents (a parent may come later in the file than its components), then the figures
// a replace import removes with their "delete" entries. The entries come in the order they always
// did (creates, updates, deletes, each in file order) and hold the same JSON (figure-audits.ts).

export interface StagedWrite {
  rows: FigureRows;
  stored: StoredFigures;
  /** Codes and keys to ids, the new actors' and sources' real ids included. */
  lookups: Lookups;
  datasetId: number;
  counts: PlanCounts;
  names: AuditNames;
  audit: Pick<AuditInput, "actor" | "datasetId" | "importId">;
  onProgress?: (done: number, total: number) => void;
}

const NO_PLAN: Pick<FigurePlan, "adds" | "updates" | "removals" | "unchanged"> = { adds: [], updates: [], removals: [], unchanged: 0 };

export async function writeStagedFigures(tx: Tx, write: StagedWrite): Promise<void> {
  const { rows, counts, datasetId } = write;
  const planner = new FigurePlanner(write.stored, write.lookups, datasetId);
  const total = counts.added + counts.changed + counts.removed;
  let done = 0;
  const progress = (count: number) => {
    done += count;
    write.onProgress?.(done, total);
  };
  const copyClient = rawPostgresOf(tx);
  const analyseAsItGrows = copyClient ? figureStatisticsKeeper(copyClient) : async () => undefined;
  if (counts.added > 0)
    for (const chunk of rows.chunks(PLAN_CHUNK)) {
      const plan = planner.plan(chunk.map((row) => row.entry));
      if (plan.adds.length === 0) continue;
      const ids = await insertAdds(tx, plan, datasetId);
      await recordAudits(tx, figureAudits({ ...plan, ...NO_PLAN, adds: plan.adds }, ids, write.names, write.audit));
      await analyseAsItGrows(plan.adds.length);
      progress(plan.adds.length);
    }
  if (counts.changed > 0)
    for (const chunk of rows.chunks(PLAN_CHUNK)) {
      const plan = planner.plan(chunk.map((row) => row.entry));
      if (plan.updates.length === 0) continue;
      await updateFigures(tx, plan, datasetId);
      await recordAudits(tx, figureAudits({ ...plan, ...NO_PLAN, updates: plan.updates }, new Map(), write.names, write.audit));
      progress(plan.updates.length);
    }
  if (counts.added > 0) await linkNewParents(tx, rows, planner, datasetId);
  // Replace mode: the stored figures the file does not list, read a page at a time as they go.
  if (counts.removed > 0)
    for (const removals of planner.removals(rows.keys)) {
      await deleteWhereIdIn(
        tx,
        "Figure",
        removals.map((figure) => figure.id),
        progress,
      );
      await recordAudits(tx, figureAudits({ ...NO_PLAN, addData: () => ({}) as never, removals }, new Map(), write.names, write.audit));
    }
}

/** The new figures of one part of the file, and their ids by key. */
async function insertAdds(tx: Tx, plan: FigurePlan, datasetId: number): Promise<Map<string, number>> {
  const figures = () => plan.adds.map((add) => ({ key: add.entry.key, parent: add.entry.parent, data: plan.addData(add) }));
  const raw = rawSqliteOf(tx);
  if (raw) return insertNewFigures(raw, datasetId, figures());
  const copyClient = rawPostgresOf(tx);
  if (copyClient) return copyNewFigures(copyClient, datasetId, figures());
  await insertRows(tx, "Figure", plan.adds.map(plan.addData));
  return idsOfKeys(tx, datasetId, plan.adds.map((add) => add.entry.key));
}

/** The changed figures of one part of the file; a changed parent is found by its key. */
async function updateFigures(tx: Tx, plan: FigurePlan, datasetId: number): Promise<void> {
  const parentKeys = plan.updates.flatMap((update) => (update.parentChanged && update.entry.parent !== null ? [update.entry.parent] : []));
  const parentIds = await idsOfKeys(tx, datasetId, parentKeys);
  for (const update of plan.updates) {
    const parentId = update.entry.parent === null ? null : parentIds.get(update.entry.parent)!;
    await updateRow(tx, "Figure", update.stored.id, update.parentChanged ? { ...update.data, parentId } : update.data);
  }
}

/** Each new figure's parent, once every figure of the file has an id. */
async function linkNewParents(tx: Tx, rows: FigureRows, planner: FigurePlanner, datasetId: number): Promise<void> {
  const raw = rawSqliteOf(tx);
  if (raw) return linkForwardParents(raw, rows, planner, datasetId);
  const copyClient = rawPostgresOf(tx);
  if (copyClient) {
    for (const links of rows.parentLinks(PLAN_CHUNK)) await linkParents(copyClient, datasetId, links.filter(([key]) => !planner.isStored(key)));
    return;
  }
  for (const links of rows.parentLinks(PLAN_CHUNK)) {
    const added = links.filter(([key]) => !planner.isStored(key));
    if (added.length === 0) continue;
    const ids = await idsOfKeys(tx, datasetId, [...new Set(added.flat())]);
    await updateColumnById(
      tx,
      "Figure",
      "parentId",
      added.map(([key, parent]) => [ids.get(key)!, ids.get(parent)!] as const),
    );
  }
}

/**
 * On the import's own SQLite connection the new figures were inserted with every parent already in
 * the table (insert-new-figures.ts); what is left is a parent that came later in the file. Each new
 * figure's parentId is read (an index lookup, no write) and only a missing one is written.
 */
function linkForwardParents(raw: BetterSqlite3.Database, rows: FigureRows, planner: FigurePlanner, datasetId: number): void {
  const child = raw.prepare('SELECT "id", "parentId" FROM "Figure" WHERE "datasetId" = ? AND "key" = ?').raw().safeIntegers(false);
  const link = raw.prepare('UPDATE "Figure" SET "parentId" = ? WHERE "id" = ?');
  const idOf = figureIdLookup(raw, datasetId);
  for (const links of rows.parentLinks(PLAN_CHUNK))
    for (const [key, parent] of links) {
      if (planner.isStored(key)) continue;
      const [id, parentId] = child.get(datasetId, key) as [number, number | null];
      const wanted = idOf(parent)!;
      if (parentId !== wanted) link.run(wanted, id);
    }
}
