import type { Figure } from "@/generated/prisma/client";
import type { FigureEntry } from "@/lib/schemas/dataset-file";
import { changedColumns, figureColumns, type FigureColumns } from "./dataset/rows";
import type { ImportMode } from "./mode";
import { storedFiguresInMemory, type StoredFigures } from "./staging/stored-figures";

// What an import would do to a dataset's figures, computed without writing: which entries are new,
// which stored figures change (and in which columns), which stay as they are, and (replace mode)
// which stored figures the file no longer lists. Entries are matched on their stable key. The
// stored form of each entry comes from figureColumns (dataset/rows.ts), so a figure from a CSV
// import and one from the reviewed dataset file are stored alike, and importing the same file
// again finds nothing to change.

type WantedFigure = FigureColumns & {
  datasetId: number;
  fromActorId: number | null;
  toActorId: number | null;
  sourceId: number;
  citedSourceId: number | null;
};

export interface Lookups {
  actorIds: Map<string, number>;
  /** Source key → id. Sources an import will add may carry placeholder ids (never a stored id). */
  sourceIds: Map<string, number>;
}

interface FigureAdd {
  entry: FigureEntry;
}

interface FigureUpdate {
  entry: FigureEntry;
  stored: Figure;
  /** Only the columns that differ (parentId is handled apart: the parent may be new). */
  data: Partial<WantedFigure>;
  parentChanged: boolean;
}

export interface FigurePlan {
  adds: FigureAdd[];
  /**
   * A new figure's stored columns, made as it is written (and again for its audit entry) rather
   * than planned: at about 1.5 KB a figure, a million of them at once would be 1.5 GB.
   */
  addData: (add: FigureAdd) => WantedFigure;
  updates: FigureUpdate[];
  unchanged: number;
  removals: Figure[];
}

function wantedFigure(entry: FigureEntry, datasetId: number, lookups: Lookups): WantedFigure {
  const id = (map: Map<string, number>, code: string | null | undefined) => (code ? map.get(code)! : null);
  return {
    ...figureColumns(entry),
    datasetId,
    fromActorId: id(lookups.actorIds, entry.from),
    toActorId: id(lookups.actorIds, entry.to),
    sourceId: lookups.sourceIds.get(entry.source)!,
    citedSourceId: id(lookups.sourceIds, entry.cited?.source),
  };
}

/** Plans entries against the stored figures, a part of the file at a time if need be (removals apart). */
export class FigurePlanner {
  constructor(
    private readonly stored: StoredFigures,
    private readonly lookups: Lookups,
    private readonly datasetId: number,
  ) {}

  isStored(key: string): boolean {
    return this.stored.has(key);
  }

  /** The adds, updates and unchanged count of these entries; no removals. */
  plan(entries: Iterable<FigureEntry>): FigurePlan {
    const { datasetId, lookups } = this;
    const plan: FigurePlan = { adds: [], addData: (add) => wantedFigure(add.entry, datasetId, lookups), updates: [], unchanged: 0, removals: [] };
    for (const entry of entries) {
      const existing = this.stored.get(entry.key);
      if (!existing) {
        plan.adds.push({ entry });
        continue;
      }
      const data = wantedFigure(entry, datasetId, lookups);
      const changed = changedColumns(existing, data);
      const storedParent = existing.parentId === null ? null : (this.stored.keyOfId(existing.parentId) ?? null);
      const parentChanged = storedParent !== entry.parent;
      if (changed.length === 0 && !parentChanged) {
        plan.unchanged += 1;
        continue;
      }
      plan.updates.push({
        entry,
        stored: existing,
        data: Object.fromEntries(changed.map((column) => [column, data[column]])) as Partial<WantedFigure>,
        parentChanged,
      });
    }
    return plan;
  }

  /** Replace mode: the stored figures the file does not list, a page at a time. */
  removals(inFile: { has(key: string): boolean }): Iterable<Figure[]> {
    return this.stored.notIn(inFile);
  }
}

export function planFigures(
  entries: readonly FigureEntry[],
  stored: Figure[],
  lookups: Lookups,
  datasetId: number,
  mode: ImportMode,
): FigurePlan {
  const planner = new FigurePlanner(storedFiguresInMemory(stored), lookups, datasetId);
  const plan = planner.plan(entries);
  if (mode === "replace") plan.removals = [...planner.removals(new Set(entries.map((entry) => entry.key)))].flat();
  return plan;
}

export function planIsEmpty(plan: FigurePlan): boolean {
  return plan.adds.length === 0 && plan.updates.length === 0 && plan.removals.length === 0;
}
