import { z } from "zod";
import { datasetFileSchema } from "@/lib/schemas/dataset-file";
import { datasetMetaSchema, type DatasetMeta } from "@/lib/schemas/dataset-meta";
import { cleanText } from "@/lib/schemas/text";
import { declarationIssues } from "@/lib/vocab/vocabulary";
import { decodeUtf8Strict } from "../decode";
import type { ProblemList } from "../problems";
import { isSafeResourcePath } from "./package-files";

// The descriptor (datapackage.json) of a data package, as Aidflow exports it
// (lib/export/datapackage.ts): the dataset's slug, title, description, licence, version, last
// change, citation and metadata, and where each resource is. Problems name the property by its
// path ("resources.2.path"). Other Frictionless properties are allowed and ignored.

const RESOURCE_NAMES = ["figures", "events", "actors", "sources", "phases", "changelog", "conversion_rates"] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];
/** Without these a package says nothing: every figure names its source. */
const REQUIRED_RESOURCES: readonly ResourceName[] = ["figures", "sources"];

const dataset = datasetFileSchema.shape.dataset.shape;

const descriptorSchema = z.looseObject({
  name: dataset.slug,
  title: dataset.title,
  description: dataset.description.optional(),
  licenses: z.array(z.looseObject({ title: cleanText(300) })).min(1).optional(),
  "aidflow:datasetVersion": dataset.version,
  "aidflow:lastUpdated": dataset.lastUpdated,
  "aidflow:citation": dataset.citation.optional(),
  "aidflow:meta": z.unknown().optional(),
  resources: z.array(
    z.looseObject({
      name: z.enum(RESOURCE_NAMES, { error: `must be one of ${RESOURCE_NAMES.join(", ")}` }),
      path: z.string().refine(isSafeResourcePath, { error: "must be a relative path inside the package" }),
    }),
  ),
});

export interface PackageDescriptor {
  slug: string;
  title: string;
  description: string | null;
  licence: string | null;
  citation: string | null;
  version: number;
  lastUpdated: string;
  meta: DatasetMeta;
  /** Resource name → path. */
  paths: Map<ResourceName, string>;
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".") || "(root)";

/** The descriptor, or null when it cannot be used (the problems are added, named by property path). */
export function readDescriptor(bytes: Uint8Array, problems: ProblemList): PackageDescriptor | null {
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    problems.add({ code: "encoding", message: decoded.message });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    problems.add({ code: "invalid_format", message: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = descriptorSchema.safeParse(json);
  const meta = datasetMetaSchema.safeParse(parsed.success ? (parsed.data["aidflow:meta"] ?? {}) : {});
  const before = problems.total;
  if (!parsed.success) for (const issue of parsed.error.issues) problems.add({ column: pathOf(issue.path), code: "invalid_format", message: issue.message });
  if (!meta.success) for (const issue of meta.error.issues) problems.add({ column: pathOf(["aidflow:meta", ...issue.path]), code: "invalid_format", message: issue.message });
  else for (const issue of declarationIssues(meta.data)) problems.add({ column: `aidflow:meta.${issue.path}`, code: "inconsistent", message: issue.message });
  if (!parsed.success || !meta.success) return null;

  const paths = new Map<ResourceName, string>();
  parsed.data.resources.forEach(({ name, path }, index) => {
    if (paths.has(name)) problems.add({ column: `resources.${index}.name`, value: name, code: "duplicate_key", message: `the resource "${name}" is listed twice` });
    paths.set(name, path);
  });
  for (const name of REQUIRED_RESOURCES)
    if (!paths.has(name)) problems.add({ column: "resources", value: name, code: "missing_column", message: `the package has no "${name}" resource` });
  if (problems.total > before) return null;
  const { data } = parsed;
  return {
    slug: data.name,
    title: data.title,
    description: data.description ?? null,
    licence: data.licenses?.[0]?.title ?? null,
    citation: data["aidflow:citation"] ?? null,
    version: data["aidflow:datasetVersion"],
    lastUpdated: data["aidflow:lastUpdated"],
    meta: meta.data,
    paths,
  };
}
