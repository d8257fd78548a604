import "server-only";
import { QueryError } from "@/lib/schemas/api/query-error";
import type { Vocabulary } from "@/lib/vocab/vocabulary";

// Units and categories are open vocabularies: which codes exist depends on the datasets' declarations,
// so a query's codes are checked here, against the data's vocabulary, rather than by the query's
// schema. An unknown code fails with a QueryError naming the parameter, as an unknown actor does.

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function checkOrThrow(param: "unit" | "category", codes: readonly string[], known: (code: string) => boolean, expected: string): void {
  const unknown = codes.find((code) => !known(code));
  if (unknown !== undefined) throw new QueryError("invalid_parameter", param, `${param}: unknown ${param} "${shorten(unknown)}"; expected ${expected}, separated by commas`);
}

export function checkUnitsOrThrow(codes: readonly string[], vocabulary: Vocabulary): void {
  const expected = "ISO 4217 currencies (USD), units of mass, length, area or time (t, km2), or units a dataset declares";
  checkOrThrow("unit", codes, (code) => vocabulary.unit(code) !== undefined, expected);
}

export function checkCategoriesOrThrow(codes: readonly string[], vocabulary: Vocabulary): void {
  checkOrThrow("category", codes, (code) => vocabulary.categoryLabel(code) !== undefined, `one or more of ${vocabulary.categoryCodes().join(", ")}`);
}
