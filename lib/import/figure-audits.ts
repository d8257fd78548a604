import type { Figure } from "@/generated/prisma/client";
import { diffColumns, type AuditInput } from "@/lib/data/audit/record";
import { FIGURE_COLUMN_NAMES, FOLLOWING_FIGURE_COLUMNS, type FigureColumns } from "./dataset/rows";
import type { FigurePlan } from "./plan";

// One audit entry per figure an import adds, changes or removes. An entry shows a figure by its
// stored columns, with actors, sources and the parent by code or key rather than by id (ids mean
// nothing outside this database). The columns computed from others are left out: they follow.

const following: readonly string[] = FOLLOWING_FIGURE_COLUMNS;
const AUDIT_COLUMNS = FIGURE_COLUMN_NAMES.filter((column) => !following.includes(column));

/** Ids to codes and keys, for every actor, source and figure an entry may name. */
export interface AuditNames {
  actor: Map<number, string>;
  source: Map<number, string>;
  /** A stored figure's key by its id (a Map, or the import's scratch copy of the stored figures). */
  figure: { get(id: number): string | undefined };
}

type AuditedFigure = Pick<Figure, keyof FigureColumns | "fromActorId" | "toActorId" | "sourceId" | "citedSourceId">;

function auditFigure(values: AuditedFigure, parentKey: string | null, names: AuditNames): Record<string, unknown> {
  const record: Record<string, unknown> = Object.fromEntries(AUDIT_COLUMNS.map((column) => [column, values[column]]));
  record.from = values.fromActorId === null ? null : (names.actor.get(values.fromActorId) ?? null);
  record.to = values.toActorId === null ? null : (names.actor.get(values.toActorId) ?? null);
  record.source = names.source.get(values.sourceId) ?? null;
  record.citedSource = values.citedSourceId === null ? null : (names.source.get(values.citedSourceId) ?? null);
  record.parent = parentKey;
  return record;
}

/**
 * The entries for a written plan, made one at a time (an import may change a million figures).
 * `ids`: every figure's id by key, as writeFigures returned them.
 */
export function* figureAudits(
  plan: FigurePlan,
  ids: Map<string, number>,
  names: AuditNames,
  base: Pick<AuditInput, "actor" | "datasetId" | "importId">,
): Generator<AuditInput> {
  const entry = { ...base, entity: "figure" as const };
  const storedParentKey = (figure: Figure) => (figure.parentId === null ? null : (names.figure.get(figure.parentId) ?? null));
  for (const add of plan.adds)
    yield {
      ...entry,
      action: "create",
      entityId: ids.get(add.entry.key)!,
      entityKey: add.entry.key,
      changes: auditFigure(plan.addData(add), add.entry.parent, names),
    };
  for (const update of plan.updates) {
    const before = auditFigure(update.stored, storedParentKey(update.stored), names);
    const after = auditFigure({ ...update.stored, ...update.data }, update.entry.parent, names);
    yield { ...entry, action: "update", entityId: update.stored.id, entityKey: update.stored.key, changes: diffColumns(before, after) };
  }
  for (const figure of plan.removals)
    yield { ...entry, action: "delete", entityId: figure.id, entityKey: figure.key, changes: auditFigure(figure, storedParentKey(figure), names) };
}
