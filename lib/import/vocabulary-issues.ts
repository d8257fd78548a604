import { CATEGORY_CODES } from "@/lib/vocab";
import { PRICE_BASIS_CODES } from "@/lib/vocab/basis";
import type { Vocabulary } from "@/lib/vocab/vocabulary";
import { isMoney } from "@/lib/vocab/units";

// What a figure's unit and category mean depends on the dataset's declarations, so these checks run
// against a vocabulary (lib/vocab/vocabulary.ts), for the dataset file (dataset/load.ts) and for a
// CSV import (check-references.ts) alike.

export interface VocabularyIssue {
  field: "unit" | "category" | "priceBasis";
  code: "unknown_value" | "inconsistent";
  message: string;
}

export function figureVocabularyIssues(
  figure: { unit: string; category: string; priceBasis: string | null },
  vocabulary: Vocabulary,
): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  const unit = vocabulary.unit(figure.unit);
  if (unit === undefined)
    issues.push({
      field: "unit",
      code: "unknown_value",
      message: `unknown unit "${figure.unit}": not an ISO 4217 currency, a unit of mass, length, area or time, or a unit the dataset declares in its metadata`,
    });
  else if (isMoney(unit) !== (figure.priceBasis !== null))
    issues.push({
      field: "priceBasis",
      code: "inconsistent",
      message: `money figures need a price basis (${PRICE_BASIS_CODES.join(", ")}), and only money figures have one`,
    });
  if (vocabulary.categoryLabel(figure.category) === undefined)
    issues.push({
      field: "category",
      code: "unknown_value",
      message: `unknown category "${figure.category}"; known values: ${CATEGORY_CODES.join(", ")}, and those the dataset declares in its metadata`,
    });
  return issues;
}
