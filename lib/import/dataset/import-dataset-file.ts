import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import type { ConversionRateEntry, DatasetFile } from "@/lib/schemas/dataset-file";
import { resolveActor } from "@/lib/vocab/actors";
import { planFigures } from "../plan";
import { writeFigures } from "../write-figures";
import { changedColumns, eventColumns } from "./rows";

// Imports a validated dataset file (the reviewed prisma/data/*.yaml) in one transaction: all of it
// or none. Rows are matched on their stable keys and only rows that differ are written, so
// importing the same file twice changes nothing (not even a timestamp). Rows that are in the
// database but not in the file are left alone: curators may have imported more, and the seed must
// never delete them. Figures go through the CSV import's own write (lib/import/write-figures.ts),
// so a figure is stored alike whichever way it came in.

export interface RowCounts {
  added: number;
  changed: number;
  unchanged: number;
}

export interface DatasetFileImport {
  datasetId: number;
  slug: string;
  actors: RowCounts;
  sources: RowCounts;
  phases: RowCounts;
  figures: RowCounts;
  events: RowCounts;
  rates: RowCounts;
}

const zero = (): RowCounts => ({ added: 0, changed: 0, unchanged: 0 });

type Stored = Record<string, unknown> & { id: number };

/**
 * Creates the row when `existing` is undefined, updates only the changed columns otherwise, and
 * counts which of the three happened.
 */
async function sync<Wanted extends object>(
  counts: RowCounts,
  existing: Stored | undefined,
  wanted: Wanted,
  create: () => Promise<{ id: number }>,
  update: (id: number, data: Partial<Wanted>) => Promise<unknown>,
): Promise<number> {
  if (!existing) {
    counts.added += 1;
    return (await create()).id;
  }
  const changed = changedColumns(existing, wanted);
  if (changed.length === 0) {
    counts.unchanged += 1;
    return existing.id;
  }
  counts.changed += 1;
  await update(existing.id, Object.fromEntries(changed.map((column) => [column, wanted[column]])) as Partial<Wanted>);
  return existing.id;
}

interface Writes<Wanted> {
  create: (data: Wanted) => Promise<{ id: number }>;
  update: (id: number, data: Partial<Wanted>) => Promise<unknown>;
}

/** sync() for every row wanted, matched on `keyColumn`; returns each row's id by key. */
async function syncAll<Wanted extends Record<string, unknown>>(
  counts: RowCounts,
  stored: readonly Stored[],
  keyColumn: "key" | "code",
  wanted: readonly Wanted[],
  writes: Writes<Wanted>,
): Promise<Map<string, number>> {
  const byKey = new Map(stored.map((row) => [row[keyColumn] as string, row]));
  const ids = new Map<string, number>();
  for (const row of wanted) {
    const key = row[keyColumn] as string;
    ids.set(key, await sync(counts, byKey.get(key), row, () => writes.create(row), writes.update));
  }
  return ids;
}

async function importConversionRates(tx: Tx, rates: ConversionRateEntry[]): Promise<RowCounts> {
  const counts = zero();
  await syncAll(counts, await tx.conversionRate.findMany(), "key", rates, {
    create: (data) => tx.conversionRate.create({ data }),
    update: (id, data) => tx.conversionRate.update({ where: { id }, data }),
  });
  return counts;
}

/** The dataset's own row: created with its first changelog entry, or brought up to date. */
async function importDatasetRow(tx: Tx, data: DatasetFile): Promise<number> {
  const existing = await tx.dataset.findUnique({ where: { slug: data.dataset.slug } });
  const { version, lastUpdated, meta, changelog, ...columns } = data.dataset;
  const metaJson = JSON.stringify(meta);
  if (!existing) {
    const datasetId = (await tx.dataset.create({ data: { ...columns, meta: metaJson, version, lastUpdated } })).id;
    // A file that describes its own versions says what each changed; otherwise this is its first release.
    if (!changelog.some((entry) => entry.version === version))
      await tx.changelogEntry.create({
        data: { datasetId, version, date: lastUpdated, summary: "First release, loaded from the reviewed dataset file." },
      });
    await importChangelog(tx, datasetId, changelog);
    return datasetId;
  }
  // Imports bump the version; the seed never moves it (or the date) backwards.
  const wanted = {
    ...columns,
    meta: metaJson,
    version: Math.max(existing.version, version),
    lastUpdated: existing.lastUpdated > lastUpdated ? existing.lastUpdated : lastUpdated,
  };
  const changed = changedColumns(existing, wanted);
  if (changed.length > 0)
    await tx.dataset.update({ where: { id: existing.id }, data: Object.fromEntries(changed.map((column) => [column, wanted[column]])) });
  await importChangelog(tx, existing.id, changelog);
  return existing.id;
}

/** The file's changelog entries that the database lacks; an entry an import already wrote stays. */
async function importChangelog(tx: Tx, datasetId: number, entries: DatasetFile["dataset"]["changelog"]): Promise<void> {
  if (entries.length === 0) return;
  const known = new Set((await tx.changelogEntry.findMany({ where: { datasetId }, select: { version: true } })).map((row) => row.version));
  for (const entry of entries)
    if (!known.has(entry.version)) await tx.changelogEntry.create({ data: { datasetId, ...entry } });
}

async function importFigures(tx: Tx, data: DatasetFile, datasetId: number, lookups: { actorIds: Map<string, number>; sourceIds: Map<string, number> }): Promise<RowCounts> {
  const stored = await tx.figure.findMany({ where: { datasetId }, orderBy: { id: "asc" } });
  const plan = planFigures(data.figures, stored, lookups, datasetId, "merge");
  await writeFigures(tx, plan, datasetId);
  return { added: plan.adds.length, changed: plan.updates.length, unchanged: plan.unchanged };
}

async function importEvents(tx: Tx, data: DatasetFile, datasetId: number, ids: { actor: Map<string, number>; source: Map<string, number>; phase: Map<string, number> }): Promise<RowCounts> {
  const counts = zero();
  const stored = new Map((await tx.event.findMany({ where: { datasetId }, include: { actors: true } })).map((row) => [row.key, row]));
  for (const event of data.events) {
    const wanted = {
      ...eventColumns(event),
      datasetId,
      phaseId: event.phase ? ids.phase.get(event.phase)! : null,
      sourceId: ids.source.get(event.source)!,
    };
    const { actors: storedLinks, ...storedRow } = stored.get(event.key) ?? { actors: undefined };
    const actorIds = [...new Set(event.actors.map((code) => ids.actor.get(code)!))].sort((a, b) => a - b);
    const storedActorIds = (storedLinks ?? []).map((link) => link.actorId).sort((a, b) => a - b);
    const actorsDiffer = storedLinks !== undefined && actorIds.join(",") !== storedActorIds.join(",");
    const before = counts.changed;
    const id = await sync(
      counts,
      storedLinks === undefined ? undefined : (storedRow as Stored),
      wanted,
      () => tx.event.create({ data: { ...wanted, actors: { create: actorIds.map((actorId) => ({ actorId })) } } }),
      (rowId, changes) => tx.event.update({ where: { id: rowId }, data: changes }),
    );
    if (actorsDiffer) {
      await tx.eventActor.deleteMany({ where: { eventId: id } });
      await tx.eventActor.createMany({ data: actorIds.map((actorId) => ({ eventId: id, actorId })) });
      // An event whose only change is its actors moves from "unchanged" to "changed".
      if (counts.changed === before) {
        counts.unchanged -= 1;
        counts.changed += 1;
      }
    }
  }
  return counts;
}

/**
 * The ids of the actors the file names without declaring them, which are ISO countries (the file
 * was checked): the stored row, or one created with the country's name from the ISO list.
 */
async function isoActorIds(tx: Tx, data: DatasetFile, declaredIds: ReadonlyMap<string, number>, counts: RowCounts): Promise<Map<string, number>> {
  const named = [...data.figures.flatMap((figure) => [figure.from, figure.to]), ...data.events.flatMap((event) => event.actors)];
  const codes = [...new Set(named.filter((code): code is string => code !== null && !declaredIds.has(code)))];
  const ids = new Map(declaredIds);
  if (codes.length === 0) return ids;
  const stored = await tx.actor.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  for (const { id, code } of stored) ids.set(code, id);
  for (const code of codes) {
    if (ids.has(code)) continue;
    const actor = resolveActor(code, new Map());
    if (!actor) throw new Error(`dataset file: the actor "${code}" is neither declared nor an ISO country`);
    ids.set(code, (await tx.actor.create({ data: actor })).id);
    counts.added += 1;
  }
  return ids;
}

async function importInTransaction(tx: Tx, data: DatasetFile, rates: ConversionRateEntry[]): Promise<DatasetFileImport> {
  const result = { actors: zero(), sources: zero(), phases: zero() };
  const declaredIds = await syncAll(result.actors, await tx.actor.findMany(), "code", data.actors, {
    create: (row) => tx.actor.create({ data: row }),
    update: (id, row) => tx.actor.update({ where: { id }, data: row }),
  });
  const actorIds = await isoActorIds(tx, data, declaredIds, result.actors);
  const datasetId = await importDatasetRow(tx, data);
  const sourceIds = await syncAll(result.sources, await tx.source.findMany({ where: { datasetId } }), "key", data.sources.map((source) => ({ ...source, datasetId })), {
    create: (row) => tx.source.create({ data: row }),
    update: (id, row) => tx.source.update({ where: { id }, data: row }),
  });
  const phaseIds = await syncAll(result.phases, await tx.phase.findMany({ where: { datasetId } }), "key", data.phases.map((phase, sortOrder) => ({ ...phase, sortOrder, datasetId })), {
    create: (row) => tx.phase.create({ data: row }),
    update: (id, row) => tx.phase.update({ where: { id }, data: row }),
  });
  const figures = await importFigures(tx, data, datasetId, { actorIds, sourceIds });
  const events = await importEvents(tx, data, datasetId, { actor: actorIds, source: sourceIds, phase: phaseIds });
  const ratesCounts = await importConversionRates(tx, rates);
  return { datasetId, slug: data.dataset.slug, ...result, figures, events, rates: ratesCounts };
}

export async function importDatasetFile(prisma: PrismaClient, data: DatasetFile, rates: ConversionRateEntry[] = []): Promise<DatasetFileImport> {
  return prisma.$transaction((tx) => importInTransaction(tx, data, rates), { timeout: 300_000, maxWait: 60_000 });
}

export function totalWrites(result: DatasetFileImport): number {
  const counts = [result.actors, result.sources, result.phases, result.figures, result.events, result.rates];
  return counts.reduce((sum, c) => sum + c.added + c.changed, 0);
}
