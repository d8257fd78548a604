import type { Dataset } from "@/generated/prisma/client";
import type { AuditInput } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import type { ActorDeclaration } from "@/lib/vocab/actors";
import { withDeclarations, type VocabularyToDeclare } from "./declare-vocabulary";
import type { NewSource } from "./target";

// The dataset, the sources and the actors an import creates, each with its audit entry. Nothing the file does
// not say is invented: what it cannot say is a visible placeholder for the curator to replace
// (README, "Importing").

/** What the import's options say about a dataset it creates (data:import --title, --citation, --licence, --description). */
export interface NewDatasetMeta {
  title?: string;
  citation?: string;
  licence?: string;
  description?: string;
}

export const NEW_DATASET_DEFAULTS = {
  description: "Created by a CSV import. Describe the dataset, its sources and its coverage before publishing it.",
  licence: "Not stated",
  citation: "Not stated",
} as const;
// Sources an import adds are known only by key and full reference.
const NEW_SOURCE_DEFAULTS = { author: "Not stated", title: "Not stated (added by a CSV import; see the citation)" } as const;

type Creator = Pick<AuditInput, "actor" | "importId">;

export async function createImportedDataset(
  tx: Tx,
  slug: string,
  given: NewDatasetMeta | undefined,
  today: string,
  by: Creator,
  /** What its rows need declared (declare-vocabulary.ts). */
  declare?: VocabularyToDeclare,
): Promise<{ dataset: Dataset; audit: AuditInput }> {
  const dataset = await tx.dataset.create({
    data: {
      slug,
      title: given?.title ?? slug,
      description: given?.description ?? NEW_DATASET_DEFAULTS.description,
      licence: given?.licence ?? NEW_DATASET_DEFAULTS.licence,
      citation: given?.citation ?? NEW_DATASET_DEFAULTS.citation,
      meta: JSON.stringify(declare ? withDeclarations({}, declare) : {}),
      // Version 0 is "nothing yet": the import's version bump makes the first release version 1.
      version: 0,
      lastUpdated: today,
    },
  });
  const changes = { slug: dataset.slug, title: dataset.title, citation: dataset.citation, licence: dataset.licence, description: dataset.description, meta: dataset.meta };
  return { dataset, audit: { ...by, action: "create", entity: "dataset", entityId: dataset.id, entityKey: dataset.slug, datasetId: dataset.id, changes } };
}

/** Creates the sources; returns each one's id by key, and their audit entries. */
export async function createImportedSources(
  tx: Tx,
  datasetId: number,
  sources: Map<string, NewSource>,
  by: Creator,
): Promise<{ ids: Map<string, number>; audits: AuditInput[] }> {
  const ids = new Map<string, number>();
  const audits: AuditInput[] = [];
  for (const [key, source] of sources) {
    const row = await tx.source.create({
      data: { datasetId, key, kind: source.kind, citation: source.citation, year: null, url: null, ...NEW_SOURCE_DEFAULTS },
    });
    ids.set(key, row.id);
    const changes = { key, kind: row.kind, author: row.author, title: row.title, citation: row.citation };
    audits.push({ ...by, action: "create", entity: "source", entityId: row.id, entityKey: key, datasetId, changes });
  }
  return { ids, audits };
}

/**
 * Creates the actors (declared, or ISO countries named by the rows); returns each one's id by code,
 * and their audit entries. Actors are shared by every dataset; the entries are filed under the
 * dataset whose import created them.
 */
export async function createImportedActors(
  tx: Tx,
  datasetId: number,
  actors: readonly ActorDeclaration[],
  by: Creator,
): Promise<{ ids: Map<string, number>; audits: AuditInput[] }> {
  const ids = new Map<string, number>();
  const audits: AuditInput[] = [];
  for (const actor of actors) {
    const { id, ...changes } = await tx.actor.create({ data: actor });
    ids.set(actor.code, id);
    audits.push({ ...by, action: "create", entity: "actor", entityId: id, entityKey: actor.code, datasetId, changes });
  }
  return { ids, audits };
}

/**
 * Adds to a stored dataset's metadata what its imported rows need declared, with its audit entry;
 * null when it declares all of it already.
 */
export async function declareVocabulary(tx: Tx, dataset: Dataset, declare: VocabularyToDeclare, by: Creator): Promise<AuditInput | null> {
  const meta = parseDatasetMeta(dataset.meta);
  const json = JSON.stringify(withDeclarations(meta, declare));
  if (json === JSON.stringify(meta)) return null;
  await tx.dataset.update({ where: { id: dataset.id }, data: { meta: json } });
  return { ...by, action: "update", entity: "dataset", entityId: dataset.id, entityKey: dataset.slug, datasetId: dataset.id, changes: { meta: [dataset.meta, json] } };
}
