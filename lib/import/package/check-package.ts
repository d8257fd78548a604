import type { ConversionRateEntry, EventEntry } from "@/lib/schemas/dataset-file";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { changedColumns } from "../dataset/rows";
import type { ProblemList } from "../problems";
import type { ImportRow } from "../row-schema";
import type { TableRow } from "../table-rows";

// What the tables of a data package say about each other and about the database, beyond what the
// figures' own checks cover (check-references.ts): each figure's source; each event's dataset,
// actors, phase and source; the metadata's sides and headline figures; the changelog's versions;
// and the conversion rates, which are shared by every dataset, so a stored rate is never changed
// by a package.
// Every problem is added to the list of the table it is about (FileProblems).

export interface PackageNames {
  slug: string;
  isActor: (code: string) => boolean;
  /** Source key → full reference: the package's sources. */
  sources: ReadonlyMap<string, string>;
  phases: ReadonlySet<string>;
  /** Every figure key the dataset will have (the package's, and in merge mode the stored ones). */
  figures: ReadonlySet<string>;
}

export function checkEvents(events: readonly TableRow<EventEntry>[], names: PackageNames, problems: ProblemList): void {
  for (const { row, entry, cells } of events) {
    const dataset = cells.get("dataset");
    if (typeof dataset === "string" && dataset !== names.slug)
      problems.add({ row, column: "dataset", value: dataset, code: "dataset_mismatch", message: `this package is the dataset "${names.slug}", but the row names "${dataset}"` });
    entry.actors.forEach((code) => {
      if (!names.isActor(code))
        problems.add({ row, column: "actors", value: code, code: "unknown_actor", message: `unknown actor "${code}": not an ISO 3166-1 alpha-3 country code, nor in the package's actors` });
    });
    if (entry.phase !== null && !names.phases.has(entry.phase))
      problems.add({ row, column: "phase", value: entry.phase, code: "unknown_phase", message: `"${entry.phase}" is not one of the package's phases` });
    const citation = names.sources.get(entry.source);
    if (citation === undefined)
      problems.add({ row, column: "source", value: entry.source, code: "unknown_source", message: `"${entry.source}" is not one of the package's sources` });
    const given = cells.get("source_citation");
    if (citation !== undefined && typeof given === "string" && given !== citation)
      problems.add({ row, column: "source_citation", value: given, code: "source_conflict", message: `the package's sources give "${entry.source}" another reference` });
  }
}

/**
 * A figure's source (and the work it cites) is one of the package's sources. A row that gives the
 * reference of a source the package lacks is refused here; one that gives none is refused by the
 * figures' own checks (check-references.ts), so each problem is reported once.
 */
export function checkFigureSources(rows: readonly ImportRow[], sources: ReadonlyMap<string, string>, problems: ProblemList): void {
  for (const { row, entry, sourceCitation, citedSourceCitation } of rows) {
    if (sourceCitation !== null && !sources.has(entry.source))
      problems.add({ row, column: "source", value: entry.source, code: "unknown_source", message: `"${entry.source}" is not one of the package's sources` });
    const cited = entry.cited?.source;
    if (cited && citedSourceCitation !== null && !sources.has(cited))
      problems.add({ row, column: "cited_source", value: cited, code: "unknown_source", message: `"${cited}" is not one of the package's sources` });
  }
}

/** The metadata may only name actors and figures the dataset has. */
export function checkMeta(meta: DatasetMeta, names: PackageNames, problems: ProblemList): void {
  if (meta.sides) {
    for (const side of ["a", "b"] as const)
      if (!names.isActor(meta.sides[side]))
        problems.add({ column: `aidflow:meta.sides.${side}`, value: meta.sides[side], code: "unknown_actor", message: `unknown actor "${meta.sides[side]}"` });
    if (meta.sides.a === meta.sides.b) problems.add({ column: "aidflow:meta.sides", code: "inconsistent", message: "the two sides must be different actors" });
  }
  meta.headline?.forEach((card, index) =>
    card.keys.forEach((key, keyIndex) => {
      if (!names.figures.has(key))
        problems.add({ column: `aidflow:meta.headline.${index}.keys.${keyIndex}`, value: key, code: "inconsistent", message: `there is no figure "${key}"` });
    }),
  );
}

/** No version of the changelog is newer than the dataset's. */
export function checkChangelog(entries: readonly TableRow<{ version: number }>[], version: number, problems: ProblemList): void {
  for (const { row, entry } of entries)
    if (entry.version > version)
      problems.add({ row, column: "version", value: String(entry.version), code: "inconsistent", message: `version ${entry.version} is newer than the dataset's version ${version}` });
}

/** A rate the database has already must be the same in the package. */
export function checkRates(rates: readonly TableRow<ConversionRateEntry>[], stored: ReadonlyMap<string, ConversionRateEntry>, problems: ProblemList): void {
  for (const { row, entry } of rates) {
    const existing = stored.get(entry.key);
    if (!existing) continue;
    const differ = changedColumns(existing, entry);
    if (differ.length > 0)
      problems.add({
        row,
        column: "key",
        value: entry.key,
        code: "rate_conflict",
        message: `the rate "${entry.key}" is stored with another ${differ.join(", ")}; conversion rates are shared by every dataset, and a package does not change them`,
      });
  }
}
