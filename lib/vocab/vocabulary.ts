import { CATEGORIES, type Category } from "./categories";
import { isoCurrency } from "./currencies";
import { physicalUnit } from "./physical-units";
import { BUILT_IN_FAMILIES, familyCode, MONEY_FAMILY, unknownUnitInfo, type UnitInfo } from "./units";

// The units and categories the data knows, resolved from the libraries and from what the datasets
// declare in their metadata (lib/schemas/dataset-meta.ts). A unit code is, in this order:
// - a currency the dataset declares (a currency outside ISO 4217, or an ISO one it names its own
//   way: the Sino-Soviet dataset's RUB are Soviet rubles);
// - a currency of ISO 4217 (currencies.ts);
// - a physical unit of the unit library (physical-units.ts);
// - a count of a named thing the dataset declares ("persons", "freight_cars"), in a group that
//   becomes its family.
// Codes are global, like actors: the first dataset to declare a code decides what it means.
// The server builds one vocabulary per data version (lib/data/vocabulary.ts).

export interface DeclaredUnit {
  code: string;
  label: string;
  noun: string;
  /** Shorter form after a number in charts; the noun when not given. */
  symbol?: string;
  /** The family shown in the ledger's selector: "People", "Rolling stock". */
  group: string;
}

export interface DeclaredCurrency {
  code: string;
  name: string;
  /** The plural noun after a number; the name when not given. */
  noun?: string;
}

export interface DeclaredCategory {
  code: string;
  label: string;
}

export interface VocabularyDeclarations {
  units?: readonly DeclaredUnit[];
  currencies?: readonly DeclaredCurrency[];
  categories?: readonly DeclaredCategory[];
  /** Names of the declared groups' families in other languages, by family code (only the codes are checked here). */
  familyNames?: Readonly<Record<string, unknown>>;
}

function currencyInfo(currency: DeclaredCurrency): UnitInfo {
  return { label: currency.name, noun: currency.noun ?? currency.name, symbol: currency.code, family: MONEY_FAMILY, familyLabel: BUILT_IN_FAMILIES.money };
}

function countInfo(unit: DeclaredUnit): UnitInfo {
  return { label: unit.label, noun: unit.noun, symbol: unit.symbol ?? unit.noun, family: familyCode(unit.group), familyLabel: unit.group };
}

export class Vocabulary {
  private readonly currencies = new Map<string, UnitInfo>();
  private readonly counts = new Map<string, UnitInfo>();
  private readonly categories = new Map<string, string>(Object.entries(CATEGORIES));
  private readonly resolved = new Map<string, UnitInfo | null>();

  constructor(declarations: readonly VocabularyDeclarations[] = []) {
    for (const declared of declarations) {
      for (const currency of declared.currencies ?? []) if (!this.currencies.has(currency.code)) this.currencies.set(currency.code, currencyInfo(currency));
      for (const unit of declared.units ?? []) if (!this.counts.has(unit.code)) this.counts.set(unit.code, countInfo(unit));
      for (const category of declared.categories ?? []) if (!this.categories.has(category.code)) this.categories.set(category.code, category.label);
    }
  }

  /** What the unit is, or undefined when nothing declares or defines it. */
  unit(code: string): UnitInfo | undefined {
    let info = this.resolved.get(code);
    if (info === undefined) {
      info = this.currencies.get(code) ?? isoCurrency(code) ?? physicalUnit(code) ?? this.counts.get(code) ?? null;
      this.resolved.set(code, info);
    }
    return info ?? undefined;
  }

  /** What the unit is, or its code standing in for its names when nothing defines it (a stored figure is shown, never hidden). */
  unitInfo(code: string): UnitInfo {
    return this.unit(code) ?? unknownUnitInfo(code);
  }

  categoryLabel(code: string): string | undefined {
    return this.categories.get(code);
  }

  /** The core categories, then the declared ones. */
  categoryCodes(): string[] {
    return [...this.categories.keys()];
  }

  /** The declared count units and currencies, as the data package and the methodology page list them. */
  declaredUnits(): { code: string; info: UnitInfo }[] {
    return [...this.currencies, ...this.counts].map(([code, info]) => ({ code, info }));
  }
}

function isCoreCategory(code: string): code is Category {
  return Object.hasOwn(CATEGORIES, code);
}

/**
 * What is wrong with a dataset's declarations on their own: a count that the libraries already
 * define (it would change what "t" means), a group named like a built-in family, or names given to
 * a family none of its groups becomes.
 */
export function declarationIssues(declared: VocabularyDeclarations): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  declared.units?.forEach((unit, index) => {
    const defined = isoCurrency(unit.code) ?? physicalUnit(unit.code);
    if (defined)
      issues.push({ path: `units.${index}.code`, message: `"${unit.code}" is already ${defined.label.toLowerCase()} (${defined.familyLabel.toLowerCase()}); choose another code` });
    if (Object.hasOwn(BUILT_IN_FAMILIES, familyCode(unit.group)))
      issues.push({ path: `units.${index}.group`, message: `"${unit.group}" is a built-in family; counts need a group of their own` });
  });
  declared.categories?.forEach((category, index) => {
    if (isCoreCategory(category.code)) issues.push({ path: `categories.${index}.code`, message: `"${category.code}" is a core category already` });
  });
  const families = new Set(declared.units?.map((unit) => familyCode(unit.group)));
  for (const code of Object.keys(declared.familyNames ?? {}))
    if (!families.has(code)) issues.push({ path: `familyNames.${code}`, message: `"${code}" is not the family of any unit group declared here (a group "Rolling stock" is "rolling_stock")` });
  return issues;
}
