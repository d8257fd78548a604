import type { PrismaClient } from "@/generated/prisma/client";
import type { ConversionRateEntry, DatasetFile } from "@/lib/schemas/dataset-file";
import { changedColumns, eventColumns, figureColumns } from "./rows";

// Writes a validated dataset file into the database in one transaction: all of it or none.
// Rows are matched on their stable keys and only rows that differ are written, so applying the
// same file twice changes nothing (not even a timestamp). Rows that are in the database but not in
// the file are left alone: curators may have imported more, and the seed must never delete them.

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface ApplyCounts {
  added: number;
  changed: number;
  unchanged: number;
}

export interface ApplyResult {
  datasetId: number;
  slug: string;
  actors: ApplyCounts;
  sources: ApplyCounts;
  phases: ApplyCounts;
  figures: ApplyCounts;
  events: ApplyCounts;
  rates: ApplyCounts;
}

function withoutActors<T extends { actors: unknown }>(row: T): Omit<T, "actors"> {
  const copy: Partial<T> = { ...row };
  delete copy.actors;
  return copy as Omit<T, "actors">;
}

const zero = (): ApplyCounts => ({ added: 0, changed: 0, unchanged: 0 });

/**
 * Creates the row when `existing` is undefined, updates only the changed columns otherwise, and
 * counts which of the three happened.
 */
async function sync<Row extends Record<string, unknown>, Wanted extends object>(
  counts: ApplyCounts,
  existing: Row | undefined,
  wanted: Wanted,
  create: () => Promise<{ id: number }>,
  update: (id: number, data: Partial<Wanted>) => Promise<unknown>,
): Promise<number> {
  if (!existing) {
    counts.added += 1;
    return (await create()).id;
  }
  const changed = changedColumns(existing, wanted);
  const id = existing.id as number;
  if (changed.length === 0) {
    counts.unchanged += 1;
    return id;
  }
  counts.changed += 1;
  await update(id, Object.fromEntries(changed.map((column) => [column, wanted[column]])) as Partial<Wanted>);
  return id;
}

export async function applyConversionRates(tx: Tx, rates: ConversionRateEntry[]): Promise<ApplyCounts> {
  const counts = zero();
  const existing = new Map((await tx.conversionRate.findMany()).map((row) => [row.key, row]));
  for (const rate of rates) {
    await sync(
      counts,
      existing.get(rate.key),
      rate,
      () => tx.conversionRate.create({ data: rate }),
      (id, data) => tx.conversionRate.update({ where: { id }, data }),
    );
  }
  return counts;
}

async function applyInTransaction(tx: Tx, data: DatasetFile, rates: ConversionRateEntry[]): Promise<ApplyResult> {
  const result: Omit<ApplyResult, "datasetId" | "slug"> = {
    actors: zero(),
    sources: zero(),
    phases: zero(),
    figures: zero(),
    events: zero(),
    rates: zero(),
  };

  const actorRows = new Map((await tx.actor.findMany()).map((row) => [row.code, row]));
  const actorIds = new Map<string, number>();
  for (const actor of data.actors) {
    const id = await sync(
      result.actors,
      actorRows.get(actor.code),
      actor,
      () => tx.actor.create({ data: actor }),
      (rowId, changes) => tx.actor.update({ where: { id: rowId }, data: changes }),
    );
    actorIds.set(actor.code, id);
  }

  const existingDataset = await tx.dataset.findUnique({ where: { slug: data.dataset.slug } });
  const { version, lastUpdated, ...meta } = data.dataset;
  let datasetId: number;
  if (!existingDataset) {
    datasetId = (await tx.dataset.create({ data: { ...meta, version, lastUpdated } })).id;
    await tx.changelogEntry.create({
      data: { datasetId, version, date: lastUpdated, summary: "First release, loaded from the reviewed dataset file." },
    });
  } else {
    datasetId = existingDataset.id;
    // Imports bump the version; the seed never moves it (or the date) backwards.
    const wanted = {
      ...meta,
      version: Math.max(existingDataset.version, version),
      lastUpdated: existingDataset.lastUpdated > lastUpdated ? existingDataset.lastUpdated : lastUpdated,
    };
    const changed = changedColumns(existingDataset, wanted);
    if (changed.length > 0)
      await tx.dataset.update({
        where: { id: datasetId },
        data: Object.fromEntries(changed.map((column) => [column, wanted[column]])),
      });
  }

  const sourceRows = new Map((await tx.source.findMany({ where: { datasetId } })).map((row) => [row.key, row]));
  const sourceIds = new Map<string, number>();
  for (const source of data.sources) {
    const wanted = { ...source, datasetId };
    const id = await sync(
      result.sources,
      sourceRows.get(source.key),
      wanted,
      () => tx.source.create({ data: wanted }),
      (rowId, changes) => tx.source.update({ where: { id: rowId }, data: changes }),
    );
    sourceIds.set(source.key, id);
  }

  const phaseRows = new Map((await tx.phase.findMany({ where: { datasetId } })).map((row) => [row.key, row]));
  const phaseIds = new Map<string, number>();
  for (const [sortOrder, phase] of data.phases.entries()) {
    const wanted = { ...phase, sortOrder, datasetId };
    const id = await sync(
      result.phases,
      phaseRows.get(phase.key),
      wanted,
      () => tx.phase.create({ data: wanted }),
      (rowId, changes) => tx.phase.update({ where: { id: rowId }, data: changes }),
    );
    phaseIds.set(phase.key, id);
  }

  const lookup = (map: Map<string, number>, code: string | null | undefined) => (code ? map.get(code)! : null);

  // Figures in two passes: rows first, then parent links, because a parent may come later in the file.
  const figureRows = new Map((await tx.figure.findMany({ where: { datasetId } })).map((row) => [row.key, row]));
  const figureIds = new Map<string, number>();
  const pass1Wanted = new Map<string, object>();
  for (const figure of data.figures) {
    const wanted = {
      ...figureColumns(figure),
      datasetId,
      fromActorId: lookup(actorIds, figure.from),
      toActorId: lookup(actorIds, figure.to),
      sourceId: sourceIds.get(figure.source)!,
      citedSourceId: lookup(sourceIds, figure.cited?.source),
    };
    pass1Wanted.set(figure.key, wanted);
    const id = await sync(
      result.figures,
      figureRows.get(figure.key),
      wanted,
      () => tx.figure.create({ data: wanted }),
      (rowId, changes) => tx.figure.update({ where: { id: rowId }, data: changes }),
    );
    figureIds.set(figure.key, id);
  }
  for (const figure of data.figures) {
    const parentId = lookup(figureIds, figure.parent);
    const stored = figureRows.get(figure.key);
    if (parentId === (stored?.parentId ?? null)) continue;
    await tx.figure.update({ where: { id: figureIds.get(figure.key)! }, data: { parentId } });
    // A stored figure whose only change is its parent moves from "unchanged" to "changed".
    if (stored && changedColumns(stored, pass1Wanted.get(figure.key)!).length === 0) {
      result.figures.unchanged -= 1;
      result.figures.changed += 1;
    }
  }

  const eventRows = new Map(
    (await tx.event.findMany({ where: { datasetId }, include: { actors: true } })).map((row) => [row.key, row]),
  );
  for (const event of data.events) {
    const wanted = {
      ...eventColumns(event),
      datasetId,
      phaseId: lookup(phaseIds, event.phase),
      sourceId: sourceIds.get(event.source)!,
    };
    const stored = eventRows.get(event.key);
    const storedRow = stored ? withoutActors(stored) : undefined;
    const actorIdList = [...new Set(event.actors.map((code) => actorIds.get(code)!))].sort((a, b) => a - b);
    const storedActorIds = (stored?.actors ?? []).map((link) => link.actorId).sort((a, b) => a - b);
    const actorsDiffer = stored !== undefined && actorIdList.join(",") !== storedActorIds.join(",");
    const before = result.events.changed;
    const id = await sync(
      result.events,
      storedRow,
      wanted,
      () => tx.event.create({ data: { ...wanted, actors: { create: actorIdList.map((actorId) => ({ actorId })) } } }),
      (rowId, changes) => tx.event.update({ where: { id: rowId }, data: changes }),
    );
    if (actorsDiffer) {
      await tx.eventActor.deleteMany({ where: { eventId: id } });
      await tx.eventActor.createMany({ data: actorIdList.map((actorId) => ({ eventId: id, actorId })) });
      if (result.events.changed === before) {
        result.events.unchanged -= 1;
        result.events.changed += 1;
      }
    }
  }

  result.rates = await applyConversionRates(tx, rates);
  return { datasetId, slug: data.dataset.slug, ...result };
}

export async function applyDatasetFile(
  prisma: PrismaClient,
  data: DatasetFile,
  rates: ConversionRateEntry[] = [],
): Promise<ApplyResult> {
  return prisma.$transaction((tx) => applyInTransaction(tx, data, rates), { timeout: 300_000, maxWait: 60_000 });
}

export function totalWrites(result: ApplyResult): number {
  const counts = [result.actors, result.sources, result.phases, result.figures, result.events, result.rates];
  return counts.reduce((sum, c) => sum + c.added + c.changed, 0);
}
