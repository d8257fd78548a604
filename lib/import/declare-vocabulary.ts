import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { CATEGORIES } from "@/lib/vocab";
import { isoCurrency } from "@/lib/vocab/currencies";
import { physicalUnit } from "@/lib/vocab/physical-units";
import { Vocabulary, type DeclaredCategory, type DeclaredCurrency, type DeclaredUnit } from "@/lib/vocab/vocabulary";
import type { ImportContext } from "./context";
import { NOT_STATED, NOT_STATED_CATEGORY } from "./defaults/plain-table";
import type { ImportRow } from "./row-schema";

// Codes are global (lib/vocab/vocabulary.ts): an import may use a unit, currency or category that
// another dataset declares. The dataset that uses it declares it too, a copy of the declaration in
// force, so that each dataset carries its whole vocabulary in its own metadata: its data package
// then loads into any database, an empty one included. A plain table's category "not_stated" is
// declared the same way (defaults/plain-table.ts), from NOT_STATED_CATEGORY when no dataset has
// declared it yet. The import adds the declarations to the dataset's metadata (apply.ts).

export interface VocabularyToDeclare {
  units: DeclaredUnit[];
  currencies: DeclaredCurrency[];
  categories: DeclaredCategory[];
}

/** The units and categories the rows use, in the order the file first uses them. */
export class UsedCodes {
  readonly units = new Set<string>();
  readonly categories = new Set<string>();

  add({ entry }: ImportRow): void {
    this.units.add(entry.unit);
    this.categories.add(entry.category);
  }
}

export const declaresNothing = (declare: VocabularyToDeclare) => declare.units.length + declare.currencies.length + declare.categories.length === 0;

/** The first declaration of `code` among the datasets' metadata, in the vocabulary's order. */
function declared<T extends { code: string }>(metas: readonly DatasetMeta[], pick: (meta: DatasetMeta) => readonly T[] | undefined, code: string): T | undefined {
  for (const meta of metas) {
    const found = pick(meta)?.find((entry) => entry.code === code);
    if (found) return found;
  }
  return undefined;
}

/**
 * What the dataset must declare for these rows: the codes the rows use that its own metadata does
 * not declare and that only another dataset (or the plain table's default) defines.
 * `context.vocabulary` learns the plain table's default category when no dataset declares it.
 */
export function vocabularyToDeclare(used: UsedCodes, context: ImportContext): VocabularyToDeclare {
  const own = context.meta ?? {};
  const others = context.declarations;
  const { units, categories } = used;
  const declare: VocabularyToDeclare = { units: [], currencies: [], categories: [] };
  for (const code of units) {
    if (own.currencies?.some((c) => c.code === code) || own.units?.some((u) => u.code === code)) continue;
    const currency = declared(others, (meta) => meta.currencies, code);
    if (currency) declare.currencies.push(currency);
    else if (isoCurrency(code) === undefined && physicalUnit(code) === undefined) {
      const unit = declared(others, (meta) => meta.units, code);
      if (unit) declare.units.push(unit);
    }
  }
  for (const code of categories) {
    if (Object.hasOwn(CATEGORIES, code) || own.categories?.some((c) => c.code === code)) continue;
    const category = declared(others, (meta) => meta.categories, code) ?? (code === NOT_STATED ? NOT_STATED_CATEGORY : undefined);
    if (category) declare.categories.push(category);
  }
  if (declare.categories.includes(NOT_STATED_CATEGORY)) context.vocabulary = new Vocabulary([...others, { categories: [NOT_STATED_CATEGORY] }]);
  return declare;
}

/** The dataset's metadata with the declarations added (those it has already are kept as they are). */
export function withDeclarations(meta: DatasetMeta, declare: VocabularyToDeclare): DatasetMeta {
  const add = <T extends { code: string }>(have: T[] | undefined, more: readonly T[]): T[] | undefined => {
    const known = new Set((have ?? []).map((entry) => entry.code));
    const added = more.filter((entry) => !known.has(entry.code));
    return added.length === 0 ? have : [...(have ?? []), ...added];
  };
  const units = add(meta.units, declare.units);
  const currencies = add(meta.currencies, declare.currencies);
  const categories = add(meta.categories, declare.categories);
  return { ...meta, ...(units ? { units } : {}), ...(currencies ? { currencies } : {}), ...(categories ? { categories } : {}) };
}
