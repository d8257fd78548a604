import type { Figure, PrismaClient } from "@/generated/prisma/client";
import { diffColumns, recordAudits, type AuditInput, type Tx } from "@/lib/data/audit/record";
import { bumpDatasetVersion } from "@/lib/data/datasets/bump-version";
import type { FigureColumns } from "@/lib/import/dataset/rows";
import { deleteWhereIdIn, insertRows, updateColumnById, updateRow } from "./bulk-sql";
import { planFigures, planIsEmpty, type FigurePlan, type Lookups, type WantedFigure } from "./plan";
import type { ImportReport } from "./report";
import type { ImportRow } from "./row-schema";
import type { ImportMode } from "./validate";

// Writes a validated import in ONE transaction: the dataset (created if new), any sources the file
// declares, the figures added, changed and (replace mode) removed, one audit entry per changed
// figure with its old and new values, the new dataset version with its changelog entry, and the
// import's own record. Either all of it is committed or none of it (a failed COMMIT is rolled back:
// lib/sqlite-safe-adapter.ts). When nothing differs, nothing is written but the import's status.

export interface NewDatasetMeta {
  title?: string;
  citation?: string;
}

export interface ApplyInput {
  runId: number;
  actor: string;
  fileName: string;
  datasetSlug: string;
  mode: ImportMode;
  rows: ImportRow[];
  /** Data rows in the file (all of them valid, or the import would have been rejected). */
  rowsTotal: number;
  startedAt: Date;
  newDataset?: NewDatasetMeta;
  onProgress?: (done: number, total: number) => void;
}

export interface ApplyOutcome {
  status: "applied" | "unchanged";
  datasetId: number;
  datasetCreated: boolean;
  sourcesAdded: string[];
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  versionFrom: number | null;
  versionTo: number | null;
}

// Placeholders for a dataset an import creates; the curator replaces them (README, "Importing").
export const NEW_DATASET_DEFAULTS = {
  description: "Created by a CSV import. Describe the dataset, its sources and its coverage before publishing it.",
  licence: "Not stated",
  citation: "Not stated",
} as const;
// Sources an import adds are known only by key and full reference.
export const NEW_SOURCE_DEFAULTS = { author: "Not stated", title: "Not stated (added by a CSV import; see the citation)" } as const;

// One import may hold a million rows; it must not be cut off by Prisma's 5-second default.
const TRANSACTION_TIMEOUT_MS = 60 * 60 * 1000;
const TRANSACTION_MAX_WAIT_MS = 60_000;

/**
 * A figure as an audit entry shows it: its stored columns, with actors, sources and parent by code.
 * The columns computed from others (searchText, yearStart, yearEnd) are left out: they follow.
 */
type AuditFigure = Record<string, unknown>;
const AUDIT_COLUMNS: (keyof FigureColumns)[] = [
  "key",
  "label",
  "category",
  "kind",
  "value",
  "valuePrinted",
  "unit",
  "currencyBasis",
  "qualifier",
  "periodStart",
  "periodEnd",
  "periodStatus",
  "periodText",
  "derived",
  "derivation",
  "section",
  "phrase",
  "citedRef",
  "flags",
  "notes",
];

interface Names {
  actor: Map<number, string>;
  source: Map<number, string>;
  figure: Map<number, string>;
}

function auditFigure(
  values: Pick<Figure, keyof FigureColumns> & Pick<Figure, "fromActorId" | "toActorId" | "sourceId" | "citedSourceId">,
  parentKey: string | null,
  names: Names,
): AuditFigure {
  const record: AuditFigure = Object.fromEntries(AUDIT_COLUMNS.map((column) => [column, values[column]]));
  record.from = values.fromActorId === null ? null : (names.actor.get(values.fromActorId) ?? null);
  record.to = values.toActorId === null ? null : (names.actor.get(values.toActorId) ?? null);
  record.source = names.source.get(values.sourceId) ?? null;
  record.citedSource = values.citedSourceId === null ? null : (names.source.get(values.citedSourceId) ?? null);
  record.parent = parentKey;
  return record;
}

function summaryReport(input: ApplyInput, outcome: Omit<ApplyOutcome, "status" | "datasetId" | "versionFrom" | "versionTo">): string {
  const report: ImportReport = {
    kind: "summary",
    rowsRead: input.rowsTotal,
    added: outcome.added,
    changed: outcome.changed,
    unchanged: outcome.unchanged,
    removed: outcome.removed,
    datasetCreated: outcome.datasetCreated,
    sourcesAdded: outcome.sourcesAdded,
    seconds: (Date.now() - input.startedAt.getTime()) / 1000,
  };
  return JSON.stringify(report);
}

function summaryOf(input: ApplyInput, plan: FigurePlan, created: boolean): string {
  const counts = `${plan.adds.length} added, ${plan.updates.length} changed, ${plan.removals.length} removed`;
  const what = created ? "Created by the import of" : input.mode === "replace" ? "Replaced from" : "Import of";
  return `${what} ${input.fileName} by ${input.actor}: ${counts}.`.slice(0, 1000);
}

async function applyInTransaction(tx: Tx, input: ApplyInput): Promise<ApplyOutcome> {
  // A write first, so the transaction holds SQLite's write lock from here on: what it reads below
  // cannot change before it writes (a deferred transaction that read first could fail to upgrade).
  await tx.importRun.update({ where: { id: input.runId }, data: { status: "running" } });

  const today = new Date().toISOString().slice(0, 10);
  let dataset = await tx.dataset.findUnique({ where: { slug: input.datasetSlug } });
  const stored: Figure[] = dataset ? await tx.figure.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" } }) : [];
  const actors = await tx.actor.findMany({ select: { id: true, code: true } });
  const storedSources = dataset ? await tx.source.findMany({ where: { datasetId: dataset.id }, select: { id: true, key: true } }) : [];

  // New sources, in the order the file first names them; "primary" when a row is built on it.
  const newSources = new Map<string, { citation: string; kind: "primary" | "cited" }>();
  const known = new Set(storedSources.map((s) => s.key));
  for (const { entry, sourceCitation, citedSourceCitation } of input.rows) {
    if (!known.has(entry.source) && sourceCitation !== null) {
      const seen = newSources.get(entry.source);
      if (!seen || seen.kind === "cited") newSources.set(entry.source, { citation: sourceCitation, kind: "primary" });
    }
    const cited = entry.cited?.source;
    if (cited && !known.has(cited) && citedSourceCitation !== null && !newSources.has(cited))
      newSources.set(cited, { citation: citedSourceCitation, kind: "cited" });
  }

  const lookups: Lookups = {
    actorIds: new Map(actors.map((a) => [a.code, a.id])),
    sourceIds: new Map(storedSources.map((s) => [s.key, s.id])),
  };
  // Plan with placeholder ids for the sources not yet created: enough to see whether anything changes.
  const placeholders = new Map<string, number>();
  for (const key of newSources.keys()) {
    placeholders.set(key, -(placeholders.size + 1));
    lookups.sourceIds.set(key, placeholders.get(key)!);
  }
  const plan = planFigures(input.rows, stored, lookups, dataset?.id ?? -1, input.mode);
  if (dataset && planIsEmpty(plan)) {
    const outcome: ApplyOutcome = {
      status: "unchanged",
      datasetId: dataset.id,
      datasetCreated: false,
      sourcesAdded: [],
      added: 0,
      changed: 0,
      unchanged: plan.unchanged,
      removed: 0,
      versionFrom: null,
      versionTo: null,
    };
    await tx.importRun.update({
      where: { id: input.runId },
      data: {
        datasetId: dataset.id,
        datasetSlug: input.datasetSlug,
        status: "unchanged",
        rowsTotal: input.rowsTotal,
        rowsUnchanged: plan.unchanged,
        report: summaryReport(input, outcome),
        finishedAt: new Date(),
      },
    });
    return outcome;
  }

  const audits: AuditInput[] = [];
  const created = dataset === null;
  if (!dataset) {
    dataset = await tx.dataset.create({
      data: {
        slug: input.datasetSlug,
        title: input.newDataset?.title ?? input.datasetSlug,
        description: NEW_DATASET_DEFAULTS.description,
        licence: NEW_DATASET_DEFAULTS.licence,
        citation: input.newDataset?.citation ?? NEW_DATASET_DEFAULTS.citation,
        // Version 0 is "nothing yet": the bump below makes the first release version 1.
        version: 0,
        lastUpdated: today,
      },
    });
    audits.push({
      actor: input.actor,
      action: "create",
      entity: "dataset",
      entityId: dataset.id,
      entityKey: dataset.slug,
      datasetId: dataset.id,
      changes: { slug: dataset.slug, title: dataset.title, citation: dataset.citation },
      importId: input.runId,
    });
  }
  const datasetId = dataset.id;

  for (const [key, source] of newSources) {
    const row = await tx.source.create({
      data: { datasetId, key, kind: source.kind, citation: source.citation, year: null, url: null, ...NEW_SOURCE_DEFAULTS },
    });
    lookups.sourceIds.set(key, row.id);
    audits.push({
      actor: input.actor,
      action: "create",
      entity: "source",
      entityId: row.id,
      entityKey: key,
      datasetId,
      changes: { key, kind: row.kind, author: row.author, title: row.title, citation: row.citation },
      importId: input.runId,
    });
  }
  // The plan was made with placeholder ids for the new sources and the new dataset: put the real ones in.
  const realSourceId = new Map<number, number>();
  for (const key of newSources.keys()) realSourceId.set(placeholders.get(key)!, lookups.sourceIds.get(key)!);
  const fix = (data: Partial<WantedFigure>) => {
    if (data.datasetId !== undefined) data.datasetId = datasetId;
    if (data.sourceId !== undefined && data.sourceId < 0) data.sourceId = realSourceId.get(data.sourceId)!;
    if (data.citedSourceId !== undefined && data.citedSourceId !== null && data.citedSourceId < 0)
      data.citedSourceId = realSourceId.get(data.citedSourceId)!;
  };
  for (const add of plan.adds) fix(add.data);
  for (const update of plan.updates) fix(update.data);

  const total = plan.adds.length + plan.updates.length + plan.removals.length;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    input.onProgress?.(done, total);
  };

  await insertRows(
    tx,
    "Figure",
    plan.adds.map((add) => add.data),
    progress,
  );
  const ids = new Map(
    (await tx.figure.findMany({ where: { datasetId }, select: { id: true, key: true } })).map((f) => [f.key, f.id]),
  );
  const parentIdOf = (row: ImportRow) => (row.entry.parent === null ? null : ids.get(row.entry.parent)!);

  for (const update of plan.updates) {
    const data = update.parentChanged ? { ...update.data, parentId: parentIdOf(update.row) } : update.data;
    await updateRow(tx, "Figure", update.stored.id, data);
    progress(1);
  }
  // New figures get their parents once every figure of the file has an id (a parent may come later).
  const parentLinks: [number, number][] = [];
  for (const add of plan.adds) {
    const parentId = parentIdOf(add.row);
    if (parentId !== null) parentLinks.push([ids.get(add.row.entry.key)!, parentId]);
  }
  await updateColumnById(tx, "Figure", "parentId", parentLinks);

  const names: Names = {
    actor: new Map(actors.map((a) => [a.id, a.code])),
    source: new Map([...lookups.sourceIds].map(([key, id]) => [id, key])),
    figure: new Map([...stored.map((f) => [f.id, f.key] as const), ...[...ids].map(([key, id]) => [id, key] as const)]),
  };
  const storedParentKey = (figure: Figure) => (figure.parentId === null ? null : (names.figure.get(figure.parentId) ?? null));

  await deleteWhereIdIn(
    tx,
    "Figure",
    plan.removals.map((figure) => figure.id),
    progress,
  );

  const base = { actor: input.actor, entity: "figure" as const, datasetId, importId: input.runId };
  function* figureAudits(): Generator<AuditInput> {
    for (const add of plan.adds)
      yield {
        ...base,
        action: "create",
        entityId: ids.get(add.row.entry.key)!,
        entityKey: add.row.entry.key,
        changes: auditFigure(add.data, add.row.entry.parent, names),
      };
    for (const update of plan.updates) {
      const before = auditFigure(update.stored, storedParentKey(update.stored), names);
      const after = auditFigure({ ...update.stored, ...update.data }, update.row.entry.parent, names);
      yield { ...base, action: "update", entityId: update.stored.id, entityKey: update.stored.key, changes: diffColumns(before, after) };
    }
    for (const figure of plan.removals)
      yield { ...base, action: "delete", entityId: figure.id, entityKey: figure.key, changes: auditFigure(figure, storedParentKey(figure), names) };
  }
  await recordAudits(tx, audits);
  await recordAudits(tx, figureAudits());

  const version = await bumpDatasetVersion(tx, datasetId, summaryOf(input, plan, created), today);
  const outcome: ApplyOutcome = {
    status: "applied",
    datasetId,
    datasetCreated: created,
    sourcesAdded: [...newSources.keys()],
    added: plan.adds.length,
    changed: plan.updates.length,
    unchanged: plan.unchanged,
    removed: plan.removals.length,
    versionFrom: created ? null : version.from,
    versionTo: version.to,
  };
  await tx.importRun.update({
    where: { id: input.runId },
    data: {
      datasetId,
      datasetSlug: input.datasetSlug,
      status: "applied",
      rowsTotal: input.rowsTotal,
      report: summaryReport(input, outcome),
      rowsAdded: outcome.added,
      rowsChanged: outcome.changed,
      rowsUnchanged: outcome.unchanged,
      rowsRemoved: outcome.removed,
      versionFrom: outcome.versionFrom,
      versionTo: outcome.versionTo,
      finishedAt: new Date(),
    },
  });
  return outcome;
}

export async function applyImport(prisma: PrismaClient, input: ApplyInput): Promise<ApplyOutcome> {
  return prisma.$transaction((tx) => applyInTransaction(tx, input), {
    timeout: TRANSACTION_TIMEOUT_MS,
    maxWait: TRANSACTION_MAX_WAIT_MS,
  });
}

/** What a dry run reports: the plan against the dataset as it is now, with nothing written. */
export async function planImport(
  prisma: PrismaClient,
  { datasetSlug, rows, mode }: Pick<ApplyInput, "datasetSlug" | "rows" | "mode">,
): Promise<{ added: number; changed: number; unchanged: number; removed: number; datasetExists: boolean }> {
  const dataset = await prisma.dataset.findUnique({ where: { slug: datasetSlug } });
  const stored = dataset ? await prisma.figure.findMany({ where: { datasetId: dataset.id } }) : [];
  const actors = await prisma.actor.findMany({ select: { id: true, code: true } });
  const sources = dataset ? await prisma.source.findMany({ where: { datasetId: dataset.id }, select: { id: true, key: true } }) : [];
  const lookups: Lookups = { actorIds: new Map(actors.map((a) => [a.code, a.id])), sourceIds: new Map(sources.map((s) => [s.key, s.id])) };
  let placeholder = 0;
  for (const { entry } of rows) {
    for (const key of [entry.source, entry.cited?.source])
      if (key && !lookups.sourceIds.has(key)) lookups.sourceIds.set(key, --placeholder);
  }
  const plan = planFigures(rows, stored, lookups, dataset?.id ?? -1, mode);
  return {
    added: plan.adds.length,
    changed: plan.updates.length,
    unchanged: plan.unchanged,
    removed: plan.removals.length,
    datasetExists: dataset !== null,
  };
}
