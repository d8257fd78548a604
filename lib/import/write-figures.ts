import { deleteWhereIdIn, insertRows, updateColumnById, updateRow } from "@/lib/db/bulk-sql";
import type { Tx } from "@/lib/db/tx";
import type { FigureEntry } from "@/lib/schemas/dataset-file";
import type { FigurePlan } from "./plan";

// The one write of figures, for a CSV import and for the reviewed dataset file (the seed) alike: a
// plan made against the dataset's stored figures (plan.ts), written with the bulk statements of
// lib/db/bulk-sql.ts inside the caller's transaction. New figures get their parents once every
// figure of the file has an id, because a parent may come later in the file than its components.

const ADD_CHUNK = 10_000;

/**
 * Writes the plan; returns the id of every figure the dataset held once the new ones were in, by
 * key (removed figures included: their audit entries still name them). `onProgress` counts rows.
 */
export async function writeFigures(
  tx: Tx,
  plan: FigurePlan,
  datasetId: number,
  onProgress?: (rows: number) => void,
): Promise<Map<string, number>> {
  // The new figures' columns are made a chunk at a time (plan.ts: addData), never all at once.
  for (let start = 0; start < plan.adds.length; start += ADD_CHUNK) {
    await insertRows(tx, "Figure", plan.adds.slice(start, start + ADD_CHUNK).map(plan.addData), onProgress);
  }
  const ids = new Map((await tx.figure.findMany({ where: { datasetId }, select: { id: true, key: true } })).map((figure) => [figure.key, figure.id]));
  const parentIdOf = (entry: FigureEntry) => (entry.parent === null ? null : ids.get(entry.parent)!);

  for (const update of plan.updates) {
    const data = update.parentChanged ? { ...update.data, parentId: parentIdOf(update.entry) } : update.data;
    await updateRow(tx, "Figure", update.stored.id, data);
    onProgress?.(1);
  }
  const parentLinks: [number, number][] = [];
  for (const add of plan.adds) {
    const parentId = parentIdOf(add.entry);
    if (parentId !== null) parentLinks.push([ids.get(add.entry.key)!, parentId]);
  }
  await updateColumnById(tx, "Figure", "parentId", parentLinks);

  await deleteWhereIdIn(
    tx,
    "Figure",
    plan.removals.map((figure) => figure.id),
    onProgress,
  );
  return ids;
}
