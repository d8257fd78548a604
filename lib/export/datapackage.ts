import { EVENT_CSV_HEADERS } from "@/lib/export/csv/event-columns";
import { FIGURE_CSV_HEADERS } from "@/lib/export/csv/figure-columns";
import { EVENT_FIELD_SPECS, FIGURE_FIELD_SPECS, type FieldSpec } from "./datapackage-fields";

// The descriptor (datapackage.json) of a dataset's Frictionless Data Package: a
// tabular-data-package with figures.csv and events.csv, each described column by column in the
// CSV's own order (so the field names always equal the CSV headers), with the dataset's licence and
// sources. Pure; the route (app/api/v1/datasets/[slug]/datapackage.zip) writes it with the files.

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
  /** figures, then events. */
  resources: [DataResource, DataResource];
}

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
    resources: [
      resource(
        "figures",
        FIGURES_FILE,
        "Figures",
        "Every figure of the dataset, one row each, as its source prints it: value with qualifier, unit and period, direction, category, and provenance. Values in different units are never comparable.",
        {
          fields: fields(FIGURE_CSV_HEADERS, FIGURE_FIELD_SPECS),
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
    ],
  };
}
