import type { Dataset } from "@/generated/prisma/client";
import type { AuditInput } from "@/lib/data/audit/record";
import { diffColumns } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { parseDatasetMeta } from "@/lib/schemas/dataset-meta";
import { changedColumns } from "../dataset/rows";
import { NEW_DATASET_DEFAULTS } from "../new-records";
import type { ValidatedPackage } from "./validate-package";

// The dataset's own row from its package. A new dataset is the package's as it was published: its
// version, last change and changelog are taken as they are (nothing changed: the dataset moved), so
// that a package loaded into an empty database exports the same bytes. An existing dataset takes
// the package's title, description, licence, citation and metadata where they differ; its version
// and changelog are its own, and the import bumps them when anything changed (apply-package.ts).

type By = Pick<AuditInput, "actor" | "importId">;

const metaJson = (meta: object) => JSON.stringify(meta);

function wantedColumns({ descriptor }: ValidatedPackage) {
  return {
    title: descriptor.title,
    // What the package does not say stays as stored, or a visible placeholder for a new dataset.
    ...(descriptor.description === null ? {} : { description: descriptor.description }),
    ...(descriptor.licence === null ? {} : { licence: descriptor.licence }),
    ...(descriptor.citation === null ? {} : { citation: descriptor.citation }),
    meta: metaJson(descriptor.meta),
  };
}

export async function createPackageDataset(tx: Tx, data: ValidatedPackage, fileName: string, by: By): Promise<{ dataset: Dataset; audit: AuditInput }> {
  const { descriptor } = data;
  const dataset = await tx.dataset.create({
    data: {
      slug: descriptor.slug,
      description: NEW_DATASET_DEFAULTS.description,
      licence: NEW_DATASET_DEFAULTS.licence,
      citation: NEW_DATASET_DEFAULTS.citation,
      ...wantedColumns(data),
      version: descriptor.version,
      lastUpdated: descriptor.lastUpdated,
    },
  });
  const entries = data.changelog.some((entry) => entry.version === descriptor.version)
    ? data.changelog
    : [...data.changelog, { version: descriptor.version, date: descriptor.lastUpdated, summary: `Loaded from the data package ${fileName}.` }];
  await tx.changelogEntry.createMany({ data: entries.map((entry) => ({ datasetId: dataset.id, ...entry })) });
  const { id, ...changes } = dataset;
  return { dataset, audit: { ...by, action: "create", entity: "dataset", entityId: id, entityKey: dataset.slug, datasetId: id, changes } };
}

/** The stored dataset brought up to the package's columns; the audit entry, or null when nothing differs. */
export async function updatePackageDataset(tx: Tx, dataset: Dataset, data: ValidatedPackage, by: By): Promise<AuditInput | null> {
  const wanted = wantedColumns(data);
  // Metadata is compared as what it means, not as the stored text.
  const stored = { ...dataset, meta: metaJson(parseDatasetMeta(dataset.meta)) };
  const changed = changedColumns(stored, wanted);
  if (changed.length === 0) return null;
  const update = Object.fromEntries(changed.map((column) => [column, wanted[column]]));
  await tx.dataset.update({ where: { id: dataset.id }, data: update });
  const before = Object.fromEntries(changed.map((column) => [column, dataset[column]]));
  return { ...by, action: "update", entity: "dataset", entityId: dataset.id, entityKey: dataset.slug, datasetId: dataset.id, changes: diffColumns(before, update) };
}
