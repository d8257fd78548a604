import type { Dataset } from "@/generated/prisma/client";
import type { AuditInput } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import type { NewSource } from "./target";

// The dataset and the sources an import creates, each with its audit entry. Nothing the file does
// not say is invented: what it cannot say is a visible placeholder for the curator to replace
// (README, "Importing").

export interface NewDatasetMeta {
  title?: string;
  citation?: string;
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
  meta: NewDatasetMeta | undefined,
  today: string,
  by: Creator,
): Promise<{ dataset: Dataset; audit: AuditInput }> {
  const dataset = await tx.dataset.create({
    data: {
      slug,
      title: meta?.title ?? slug,
      description: NEW_DATASET_DEFAULTS.description,
      licence: NEW_DATASET_DEFAULTS.licence,
      citation: meta?.citation ?? NEW_DATASET_DEFAULTS.citation,
      // Version 0 is "nothing yet": the import's version bump makes the first release version 1.
      version: 0,
      lastUpdated: today,
    },
  });
  const changes = { slug: dataset.slug, title: dataset.title, citation: dataset.citation };
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
