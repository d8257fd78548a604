import type { ImportContext } from "./context";
import type { ProblemList } from "./problems";
import type { ImportRow } from "./row-schema";
import { figureVocabularyIssues } from "./vocabulary-issues";

// Each row's unit, category and money basis against the data's vocabulary (the libraries and what
// the datasets declare), the rules the dataset file obeys too (dataset/load.ts).

const COLUMN = { unit: "unit", category: "category", priceBasis: "price_basis" } as const;

export function checkVocabulary(rows: Iterable<ImportRow>, context: ImportContext, problems: ProblemList): void {
  for (const { row, entry } of rows) {
    for (const issue of figureVocabularyIssues(entry, context.vocabulary)) {
      const value = issue.field === "priceBasis" ? entry.priceBasis : entry[issue.field];
      problems.add({ row, column: COLUMN[issue.field], value, code: issue.code, message: issue.message });
    }
  }
}
