import type { Dataset } from "@/generated/prisma/client";
import { recordAudits } from "@/lib/data/audit/record";
import { bumpDatasetVersion } from "@/lib/data/datasets/bump-version";
import type { Tx } from "@/lib/db/tx";
import { resolveActor, type ActorDeclaration } from "@/lib/vocab/actors";
import { figureAudits } from "../figure-audits";
import type { ImportMode } from "../mode";
import { createImportedActors } from "../new-records";
import { planFigures, planIsEmpty } from "../plan";
import { writeFigures } from "../write-figures";
import type { ImportCounts } from "../report";
import { syncByKey } from "./sync-by-key";
import type { ValidatedPackage } from "./validate-package";
import { createPackageDataset, updatePackageDataset } from "./write-dataset";
import { writeEvents } from "./write-events";

// A valid package written into the database, inside the caller's transaction: the dataset's row,
// the actors and conversion rates the database lacks, the sources and phases (added or updated),
// the figures (through the CSV import's own plan and write) and the events, every write with its
// audit entry; then, for a dataset that existed and changed, the version bump with its changelog
// entry. Each step writes only what differs, so a package that matches the database writes nothing.

export interface PackageWrite {
  runId: number;
  actor: string;
  fileName: string;
  mode: ImportMode;
  data: ValidatedPackage;
  onProgress?: (done: number, total: number) => void;
}

export interface PackageWritten {
  dataset: Dataset;
  created: boolean;
  changed: boolean;
  figures: ImportCounts;
  resources: Record<"events" | "sources" | "phases" | "actors" | "conversion_rates", ImportCounts>;
  sourcesAdded: string[];
  actorsAdded: string[];
  version: { from: number; to: number } | null;
}

const added = (count: number): ImportCounts => ({ added: count, changed: 0, unchanged: 0, removed: 0 });
const changes = (counts: ImportCounts) => counts.added + counts.changed + counts.removed;

/** The actors the database lacks: those the package lists, then the ISO countries it names without listing. */
function newActorsOf(data: ValidatedPackage, stored: ReadonlySet<string>): ActorDeclaration[] {
  const declared = new Map(data.actors.map((actor) => [actor.code, actor]));
  const named = [
    ...data.actors.map((actor) => actor.code),
    ...data.figures.flatMap(({ entry }) => [entry.from, entry.to]),
    ...data.events.flatMap(({ entry }) => entry.actors),
    ...(data.descriptor.meta.sides ? [data.descriptor.meta.sides.a, data.descriptor.meta.sides.b] : []),
  ];
  const wanted = new Map<string, ActorDeclaration>();
  for (const code of named) {
    if (code === null || stored.has(code) || wanted.has(code)) continue;
    const actor = resolveActor(code, declared);
    if (!actor) throw new Error(`package import: the actor "${code}" was not checked`);
    wanted.set(code, actor);
  }
  return [...wanted.values()];
}

export async function writePackage(tx: Tx, input: PackageWrite): Promise<PackageWritten> {
  const { data } = input;
  const by = { actor: input.actor, importId: input.runId };
  const existing = await tx.dataset.findUnique({ where: { slug: data.descriptor.slug } });
  const created = existing ? null : await createPackageDataset(tx, data, input.fileName, by);
  const dataset = created?.dataset ?? existing!;
  const datasetId = dataset.id;
  const datasetAudit = created?.audit ?? (await updatePackageDataset(tx, dataset, data, by));

  const storedActors = await tx.actor.findMany({ select: { id: true, code: true } });
  const newActors = await createImportedActors(tx, datasetId, newActorsOf(data, new Set(storedActors.map((a) => a.code))), by);
  const actorIds = new Map([...storedActors.map((a) => [a.code, a.id] as const), ...newActors.ids]);
  const rates = await syncByKey(await tx.conversionRate.findMany(), data.rates, {
    create: (row) => tx.conversionRate.create({ data: row }),
    update: async () => {
      throw new Error("package import: a stored conversion rate differs (checked before writing)");
    },
  }, { ...by, datasetId, entity: "conversion_rate" });
  const sources = await syncByKey(await tx.source.findMany({ where: { datasetId } }), data.sources.map((source) => ({ ...source, datasetId })), {
    create: (row) => tx.source.create({ data: row }),
    update: (id, row) => tx.source.update({ where: { id }, data: row }),
  }, { ...by, datasetId, entity: "source" });
  const storedPhases = await tx.phase.findMany({ where: { datasetId } });
  const phases =
    data.phases === null
      ? { ids: new Map(storedPhases.map((phase) => [phase.key, phase.id])), counts: added(0), audits: [] }
      : await syncByKey(storedPhases, data.phases.map((phase, sortOrder) => ({ ...phase, sortOrder, datasetId })), {
          create: (row) => tx.phase.create({ data: row }),
          update: (id, row) => tx.phase.update({ where: { id }, data: row }),
        }, { ...by, datasetId, entity: "phase" });
  await recordAudits(tx, [...(datasetAudit ? [datasetAudit] : []), ...newActors.audits, ...rates.audits, ...sources.audits, ...phases.audits]);

  const sourceIds = new Map((await tx.source.findMany({ where: { datasetId }, select: { id: true, key: true } })).map((s) => [s.key, s.id]));
  const figures = await writePackageFigures(tx, input, datasetId, { actorIds, sourceIds });
  const events = await writeEvents(tx, data.events, { actor: actorIds, source: sourceIds, phase: phases.ids }, input.mode, { ...by, datasetId });
  await recordAudits(tx, events.audits);

  const changed =
    datasetAudit !== null || newActors.ids.size > 0 || [rates.counts, sources.counts, phases.counts, figures, events.counts].some((counts) => changes(counts) > 0);
  const version = existing && changed ? await bumpDatasetVersion(tx, datasetId, changelogSummary(input, figures, events.counts)) : null;
  return {
    dataset,
    created: created !== null,
    changed,
    figures,
    resources: { events: events.counts, sources: sources.counts, phases: phases.counts, actors: added(newActors.ids.size), conversion_rates: rates.counts },
    sourcesAdded: sources.audits.filter((audit) => audit.action === "create").map((audit) => audit.entityKey),
    actorsAdded: [...newActors.ids.keys()],
    version,
  };
}

/** The figures through the CSV import's own plan, write and audit entries. */
async function writePackageFigures(tx: Tx, input: PackageWrite, datasetId: number, lookups: { actorIds: Map<string, number>; sourceIds: Map<string, number> }): Promise<ImportCounts> {
  const stored = await tx.figure.findMany({ where: { datasetId }, orderBy: { id: "asc" } });
  const plan = planFigures(input.data.figures.map((row) => row.entry), stored, lookups, datasetId, input.mode);
  const counts = { added: plan.adds.length, changed: plan.updates.length, unchanged: plan.unchanged, removed: plan.removals.length };
  if (planIsEmpty(plan)) return counts;
  let done = 0;
  const total = changes(counts);
  const ids = await writeFigures(tx, plan, datasetId, (rows) => {
    done += rows;
    input.onProgress?.(done, total);
  });
  const invert = (map: Map<string, number>) => new Map([...map].map(([key, id]) => [id, key]));
  const names = {
    actor: invert(lookups.actorIds),
    source: invert(lookups.sourceIds),
    figure: new Map([...stored.map((figure) => [figure.id, figure.key] as const), ...invert(ids)]),
  };
  await recordAudits(tx, figureAudits(plan, ids, names, { actor: input.actor, importId: input.runId, datasetId }));
  return counts;
}

function changelogSummary(input: PackageWrite, figures: ImportCounts, events: ImportCounts): string {
  const counts = (what: string, c: ImportCounts) => `${what} ${c.added} added, ${c.changed} changed, ${c.removed} removed`;
  const mode = input.mode === "replace" ? "Replaced from" : "Import of";
  return `${mode} the data package ${input.fileName} by ${input.actor}: ${counts("figures", figures)}; ${counts("events", events)}.`.slice(0, 1000);
}
