import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import { declarationIssues, Vocabulary } from "@/lib/vocab/vocabulary";
import { figureVocabularyIssues } from "../vocabulary-issues";
import {
  conversionRatesFileSchema,
  datasetFileSchema,
  type ConversionRateEntry,
  type DatasetFile,
} from "@/lib/schemas/dataset-file";
import { isIsoCountryCode } from "@/lib/vocab/actors";

// Reads and checks a dataset file. Everything is checked before the seed writes anything:
// the zod schema first, then the references between entries (actors, parents, sources, phases). An
// actor is either declared in the file or an ISO 3166-1 alpha-3 country (lib/vocab/actors.ts).

export interface FileIssue {
  path: string;
  message: string;
}

export class DatasetFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: FileIssue[],
  ) {
    super(
      `${file}: ${issues.length} problem(s)\n` +
        issues
          .slice(0, 50)
          .map((issue) => `  - ${issue.path}: ${issue.message}`)
          .join("\n"),
    );
    this.name = "DatasetFileError";
  }
}

function zodIssues(error: z.ZodError): FileIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
}

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, "utf8"), { uniqueKeys: true, strict: true });
  } catch (cause) {
    throw new DatasetFileError(file, [{ path: "(file)", message: (cause as Error).message }]);
  }
}

/** Cross-reference checks that a per-entry schema cannot make. */
function referenceIssues(data: DatasetFile): FileIssue[] {
  const issues: FileIssue[] = [];
  const duplicates = (items: { key?: string; code?: string }[], what: string, path: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = item.key ?? item.code ?? "";
      if (seen.has(id)) issues.push({ path: `${path}.${index}`, message: `${what} "${id}" appears twice` });
      seen.add(id);
    });
    return seen;
  };
  const sourceKeys = duplicates(data.sources, "source", "sources");
  const declaredActors = duplicates(data.actors, "actor", "actors");
  const actorCodes = { has: (code: string) => declaredActors.has(code) || isIsoCountryCode(code) };
  const phaseKeys = duplicates(data.phases, "phase", "phases");
  const figureKeys = duplicates(data.figures, "figure", "figures");
  duplicates(data.events, "event", "events");

  const primary = data.sources.filter((source) => source.kind === "primary");
  if (primary.length === 0) issues.push({ path: "sources", message: "no primary source" });

  data.figures.forEach((figure, index) => {
    const at = `figures.${index}`;
    if (figure.from && !actorCodes.has(figure.from)) issues.push({ path: `${at}.from`, message: `unknown actor "${figure.from}"` });
    if (figure.to && !actorCodes.has(figure.to)) issues.push({ path: `${at}.to`, message: `unknown actor "${figure.to}"` });
    if (!sourceKeys.has(figure.source)) issues.push({ path: `${at}.source`, message: `unknown source "${figure.source}"` });
    if (figure.cited?.source && !sourceKeys.has(figure.cited.source))
      issues.push({ path: `${at}.cited.source`, message: `unknown source "${figure.cited.source}"` });
    if (figure.parent !== null) {
      if (!figureKeys.has(figure.parent)) issues.push({ path: `${at}.parent`, message: `unknown figure "${figure.parent}"` });
      if (figure.parent === figure.key) issues.push({ path: `${at}.parent`, message: "a figure cannot be its own parent" });
    }
  });
  data.events.forEach((event, index) => {
    const at = `events.${index}`;
    event.actors.forEach((code, actorIndex) => {
      if (!actorCodes.has(code)) issues.push({ path: `${at}.actors.${actorIndex}`, message: `unknown actor "${code}"` });
    });
    if (event.phase && !phaseKeys.has(event.phase)) issues.push({ path: `${at}.phase`, message: `unknown phase "${event.phase}"` });
    if (!sourceKeys.has(event.source)) issues.push({ path: `${at}.source`, message: `unknown source "${event.source}"` });
  });

  issues.push(...metaIssues(data, actorCodes, figureKeys));
  issues.push(...vocabularyIssues(data));

  // Parents must form a forest: follow each chain and stop at a repeat.
  const parentOf = new Map(data.figures.map((figure) => [figure.key, figure.parent]));
  for (const figure of data.figures) {
    const seen = new Set<string>([figure.key]);
    let next = figure.parent;
    while (next) {
      if (seen.has(next)) {
        issues.push({ path: `figures.${figure.key}.parent`, message: "parents form a cycle" });
        break;
      }
      seen.add(next);
      next = parentOf.get(next) ?? null;
    }
  }
  return issues;
}

/** The file's own declarations, then every figure's unit, category and money basis against them. */
function vocabularyIssues(data: DatasetFile): FileIssue[] {
  const declared = declarationIssues(data.dataset.meta).map((issue) => ({ path: `dataset.meta.${issue.path}`, message: issue.message }));
  const vocabulary = new Vocabulary([data.dataset.meta]);
  const figures = data.figures.flatMap((figure, index) =>
    figureVocabularyIssues(figure, vocabulary).map((issue) => ({ path: `figures.${index}.${issue.field}`, message: issue.message })),
  );
  return [...declared, ...figures];
}

/** The dataset's metadata may only name actors and figures the file has. */
function metaIssues(data: DatasetFile, actorCodes: { has: (code: string) => boolean }, figureKeys: Set<string>): FileIssue[] {
  const issues: FileIssue[] = [];
  const { sides, headline } = data.dataset.meta;
  if (sides) {
    for (const side of ["a", "b"] as const)
      if (!actorCodes.has(sides[side])) issues.push({ path: `dataset.meta.sides.${side}`, message: `unknown actor "${sides[side]}"` });
    if (sides.a === sides.b) issues.push({ path: "dataset.meta.sides", message: "the two sides must be different actors" });
  }
  headline?.forEach((card, index) => {
    card.keys.forEach((key, keyIndex) => {
      if (!figureKeys.has(key)) issues.push({ path: `dataset.meta.headline.${index}.keys.${keyIndex}`, message: `unknown figure "${key}"` });
    });
  });
  const versions = new Set<number>();
  data.dataset.changelog.forEach((entry, index) => {
    if (entry.version > data.dataset.version)
      issues.push({ path: `dataset.changelog.${index}.version`, message: `version ${entry.version} is newer than the dataset's ${data.dataset.version}` });
    if (versions.has(entry.version)) issues.push({ path: `dataset.changelog.${index}.version`, message: `version ${entry.version} appears twice` });
    versions.add(entry.version);
  });
  return issues;
}

function parseDatasetFile(raw: unknown, file = "dataset file"): DatasetFile {
  const result = datasetFileSchema.safeParse(raw);
  if (!result.success) throw new DatasetFileError(file, zodIssues(result.error));
  const issues = referenceIssues(result.data);
  if (issues.length > 0) throw new DatasetFileError(file, issues);
  return result.data;
}

export function loadDatasetFile(file: string): DatasetFile {
  return parseDatasetFile(readYaml(file), file);
}

export function loadConversionRatesFile(file: string): ConversionRateEntry[] {
  const result = conversionRatesFileSchema.safeParse(readYaml(file));
  if (!result.success) throw new DatasetFileError(file, zodIssues(result.error));
  return result.data.rates;
}
