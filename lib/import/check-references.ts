import { checkActorCodes } from "./check-actors";
import { checkVocabulary } from "./check-vocabulary";
import type { ImportContext } from "./context";
import type { ImportMode } from "./mode";
import type { ProblemList } from "./problems";
import type { ImportRow } from "./row-schema";
import type { KeyIndex, ParentLookup } from "./staging/figure-rows";

// What the rows of an import say about the database and about each other, checked once every row
// has been read: actors that exist, are declared or are ISO countries (check-actors.ts), sources
// that exist or are declared, parents that exist, and no parent cycles. Problems are added in that order, row by row within each check.

export function checkReferences(
  rows: Iterable<ImportRow>,
  /** Every key in the file, from valid rows or not: a parent on an invalid row is still "in the file". */
  fileKeys: KeyIndex,
  context: ImportContext,
  /** The actors the import's actors file declares, by code. */
  declaredActors: ReadonlyMap<string, unknown>,
  mode: ImportMode,
  slug: string,
  problems: ProblemList,
  /** Each valid row's parent by key; built from the rows when not given. */
  fileParents: ParentLookup = new Map([...rows].map(({ entry }) => [entry.key, entry.parent])),
): void {
  checkActorCodes(rows, declaredActors, context, problems);
  checkVocabulary(rows, context, problems);
  checkSources(rows, context, slug, problems);
  checkParents(rows, fileKeys, context, mode, slug, problems);
  checkParentCycles(rows, fileParents, context, mode, problems);
}

/** Sources: known to the dataset, or declared by a row that gives the full reference. */
function checkSources(rows: Iterable<ImportRow>, context: ImportContext, slug: string, problems: ProblemList): void {
  const declared = new Map<string, { citation: string; row: number }>();
  const checkSource = (key: string, citation: string | null, row: number, keyColumn: string, citationColumn: string) => {
    const stored = context.sources.get(key);
    if (stored !== undefined) {
      if (citation !== null && citation !== stored)
        problems.add({
          row,
          column: citationColumn,
          value: citation,
          code: "source_conflict",
          message: `source "${key}" is already in the dataset with another reference; leave the cell empty or copy the stored one`,
        });
      return;
    }
    const earlier = declared.get(key);
    if (citation === null) {
      if (!earlier)
        problems.add({
          row,
          column: keyColumn,
          value: key,
          code: "unknown_source",
          message: `"${key}" is not a source of dataset "${slug}"; give its full reference in ${citationColumn} to add it`,
        });
      return;
    }
    if (earlier && earlier.citation !== citation)
      problems.add({
        row,
        column: citationColumn,
        value: citation,
        code: "source_conflict",
        message: `row ${earlier.row} gives source "${key}" another reference`,
      });
    else if (!earlier) declared.set(key, { citation, row });
  };
  // Declarations first, so a row may use a source that a later row declares.
  for (const { row, entry, sourceCitation, citedSourceCitation } of rows) {
    if (sourceCitation !== null) checkSource(entry.source, sourceCitation, row, "source", "source_citation");
    if (entry.cited?.source && citedSourceCitation !== null)
      checkSource(entry.cited.source, citedSourceCitation, row, "cited_source", "cited_source_citation");
  }
  for (const { row, entry, sourceCitation, citedSourceCitation } of rows) {
    if (sourceCitation === null) checkSource(entry.source, null, row, "source", "source_citation");
    if (entry.cited?.source && citedSourceCitation === null) checkSource(entry.cited.source, null, row, "cited_source", "cited_source_citation");
  }
}

/**
 * Parents: in the file, or (merge only) already in the dataset. Replace removes every figure the
 * file does not list, so there a parent must be in the file.
 */
function checkParents(rows: Iterable<ImportRow>, fileKeys: KeyIndex, context: ImportContext, mode: ImportMode, slug: string, problems: ProblemList): void {
  for (const { row, entry } of rows) {
    if (entry.parent === null) continue;
    if (entry.parent === entry.key) {
      problems.add({ row, column: "parent_key", value: entry.parent, code: "parent_cycle", message: "a figure cannot be its own parent" });
      continue;
    }
    if (fileKeys.has(entry.parent)) continue;
    if (mode === "merge" && context.figures.has(entry.parent)) continue;
    problems.add({
      row,
      column: "parent_key",
      value: entry.parent,
      code: "unknown_parent",
      message:
        mode === "replace" && context.figures.has(entry.parent)
          ? `the parent "${entry.parent}" is not in the file, and a replace import removes every figure the file does not list`
          : `there is no figure "${entry.parent}" in the file or in dataset "${slug}"`,
    });
  }
}

/** Parents form a forest, counting the stored figures the file leaves as they are. */
function checkParentCycles(rows: Iterable<ImportRow>, inFile: ParentLookup, context: ImportContext, mode: ImportMode, problems: ProblemList): void {
  const parentOf = (key: string) => (inFile.has(key) ? (inFile.get(key) ?? null) : mode === "merge" ? (context.figures.get(key) ?? null) : null);
  for (const { row, entry } of rows) {
    if (entry.parent === null) continue;
    const seen = new Set<string>([entry.key]);
    let next: string | null = entry.parent;
    while (next !== null && next !== entry.key) {
      if (seen.has(next)) break; // a cycle further up; reported on the rows that form it
      seen.add(next);
      next = parentOf(next);
    }
    if (next === entry.key && entry.parent !== entry.key)
      problems.add({
        row,
        column: "parent_key",
        value: entry.parent,
        code: "parent_cycle",
        message: `following parent_key from "${entry.key}" leads back to it`,
      });
  }
}
