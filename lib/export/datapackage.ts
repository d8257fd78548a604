import { EVENT_CSV_HEADERS } from "@/lib/export/csv/event-columns";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { EVENT_FIELD_SPECS, figureFieldSpecs, type FieldSpec } from "./datapackage-fields";
import { ACTOR_FIELD_SPECS, CHANGELOG_FIELD_SPECS, PHASE_FIELD_SPECS, RATE_FIELD_SPECS, SOURCE_FIELD_SPECS } from "./datapackage-table-fields";
import {
  ACTOR_CSV_COLUMNS,
  ACTORS_FILE,
  CHANGELOG_CSV_COLUMNS,
  CHANGELOG_FILE,
  PHASE_CSV_COLUMNS,
  PHASES_FILE,
  RATE_CSV_COLUMNS,
  RATES_FILE,
  SOURCE_CSV_COLUMNS,
  SOURCES_FILE,
} from "./datapackage-tables";

// The descriptor (datapackage.json) of a dataset's Frictionless Data Package: a
// tabular-data-package with figures.csv and events.csv, then the tables that make the package
// whole (datapackage-tables.ts: actors, sources, phases, changelog, conversion rates), each
// described column by column in the CSV's own order (so the field names always equal the CSV
// headers), with the dataset's licence and sources. What a table cannot hold travels as the
// descriptor's own properties: the dataset's citation and its metadata (lib/schemas/dataset-meta.ts).
// The package import (lib/import/package/) reads all of it back. Pure; the route
// (app/api/v1/datasets/[slug]/datapackage.zip) writes it with the files (datapackage-zip.ts).

export const FIGURES_FILE = "figures.csv";
export const EVENTS_FILE = "events.csv";
export const README_FILE = "README.txt";

export interface PackageDataset {
  slug: string;
  title: string;
  description: string;
  version: number;
  licence: string;
  lastUpdated: string;
  /** How to cite the dataset; the package import reads it back. */
  citation?: string;
  /** The dataset's metadata: its sides, headline cards, notes and its own units, currencies and categories. */
  meta: DatasetMeta;
}

export interface PackageSource {
  key: string;
  kind: string;
  citation: string;
  url: string | null;
}

interface TableField extends FieldSpec {
  name: string;
}

function fields(headers: readonly string[], specs: Record<string, FieldSpec>): TableField[] {
  return headers.map((name) => {
    const spec = specs[name];
    // The Record types make this impossible at compile time; keep the check for columns added at run time.
    if (!spec) throw new Error(`datapackage: no description for the column "${name}"`);
    return { name, ...spec };
  });
}

/** The licence in Frictionless' form: an SPDX-style name when we recognise it, and always the full text. */
export function packageLicences(licence: string): { name?: string; path?: string; title: string }[] {
  if (/CC[ -]BY[ -]4\.0/i.test(licence)) return [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: licence }];
  return [{ title: licence }];
}

interface TableSchema {
  fields: TableField[];
  primaryKey: string[];
  missingValues: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

interface DataResource {
  name: string;
  path: string;
  profile: "tabular-data-resource";
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: typeof DIALECT;
  schema: TableSchema;
}

export interface DataPackageDescriptor {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  version: string;
  homepage: string;
  created: string;
  keywords: string[];
  licenses: { name?: string; path?: string; title: string }[];
  contributors: { title: string; role: string; path: string }[];
  sources: { title: string; path?: string; "aidflow:key": string; "aidflow:kind": string }[];
  "aidflow:datasetVersion": number;
  "aidflow:lastUpdated": string;
  "aidflow:citation"?: string;
  "aidflow:meta": DatasetMeta;
  /** figures, then events, then the other tables (PACKAGE_TABLES). */
  resources: [DataResource, DataResource, ...DataResource[]];
}

/** The package's other tables: resource name, file, title, description, columns and their meaning. */
export const PACKAGE_TABLES = [
  {
    name: "actors",
    path: ACTORS_FILE,
    title: "Actors",
    description: "Every actor the figures, the events or the dataset's metadata name, with the name, kind and years stored for it.",
    headers: ACTOR_CSV_COLUMNS.map((column) => column.header),
    specs: ACTOR_FIELD_SPECS,
    primaryKey: "code",
  },
  {
    name: "sources",
    path: SOURCES_FILE,
    title: "Sources",
    description: "Every source of the dataset in full, in the dataset's order.",
    headers: SOURCE_CSV_COLUMNS.map((column) => column.header),
    specs: SOURCE_FIELD_SPECS,
    primaryKey: "key",
  },
  {
    name: "phases",
    path: PHASES_FILE,
    title: "Phases",
    description: "The periods the dataset divides its relationship into, in order.",
    headers: PHASE_CSV_COLUMNS.map((column) => column.header),
    specs: PHASE_FIELD_SPECS,
    primaryKey: "key",
  },
  {
    name: "changelog",
    path: CHANGELOG_FILE,
    title: "Changelog",
    description: "What each version of the dataset changed.",
    headers: CHANGELOG_CSV_COLUMNS.map((column) => column.header),
    specs: CHANGELOG_FIELD_SPECS,
    primaryKey: "version",
  },
  {
    name: "conversion_rates",
    path: RATES_FILE,
    title: "Conversion rates",
    description: "The reference exchange rates Aidflow converts with on request (shared by every dataset). Figures are never converted in these files.",
    headers: RATE_CSV_COLUMNS.map((column) => column.header),
    specs: RATE_FIELD_SPECS,
    primaryKey: "key",
  },
] as const;

const DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };

export function buildDataPackage({
  dataset,
  sources,
  baseUrl,
  created,
}: {
  dataset: PackageDataset;
  sources: readonly PackageSource[];
  baseUrl: string;
  created: Date;
}): DataPackageDescriptor {
  const resource = (name: string, path: string, title: string, description: string, schema: TableSchema): DataResource => ({
    name,
    path,
    profile: "tabular-data-resource",
    title,
    description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: DIALECT,
    schema,
  });
  return {
    profile: "tabular-data-package",
    name: dataset.slug,
    title: dataset.title,
    description: dataset.description,
    // Frictionless asks for semantic versions; the dataset's own version is the major number.
    version: `${dataset.version}.0.0`,
    homepage: `${baseUrl}/`,
    created: created.toISOString(),
    keywords: ["aid", "trade", "exchange", "flows", "history"],
    licenses: packageLicences(dataset.licence),
    contributors: [{ title: "Aidflow", role: "publisher", path: `${baseUrl}/` }],
    sources: sources.map((source) => ({ title: source.citation, ...(source.url ? { path: source.url } : {}), "aidflow:key": source.key, "aidflow:kind": source.kind })),
    "aidflow:datasetVersion": dataset.version,
    "aidflow:lastUpdated": dataset.lastUpdated,
    ...(dataset.citation === undefined ? {} : { "aidflow:citation": dataset.citation }),
    "aidflow:meta": dataset.meta,
    resources: [
      resource(
        "figures",
        FIGURES_FILE,
        "Figures",
        "Every figure of the dataset, one row each, as its source prints it: value with qualifier, unit and period, direction, category, and provenance. Values in different units are never comparable.",
        {
          fields: fields(FIGURE_CSV_HEADERS, figureFieldSpecs(dataset.meta)),
          primaryKey: ["id"],
          missingValues: [""],
          foreignKeys: [{ fields: ["parent_key"], reference: { resource: "", fields: ["key"] } }],
        },
      ),
      resource("events", EVENTS_FILE, "Events", "Every dated event of the dataset, with the date as printed and its provenance.", {
        fields: fields(EVENT_CSV_HEADERS, EVENT_FIELD_SPECS),
        primaryKey: ["id"],
        missingValues: [""],
      }),
      ...PACKAGE_TABLES.map((table) =>
        resource(table.name, table.path, table.title, table.description, {
          fields: fields(table.headers, table.specs as Record<string, FieldSpec>),
          primaryKey: [table.primaryKey],
          missingValues: [""],
        }),
      ),
    ],
  };
}
