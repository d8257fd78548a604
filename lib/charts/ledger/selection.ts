import type { UrlNotice } from "@/lib/views/lenient-parse";
import type { CurrencyView } from "@/lib/vocab/currency-view";
import { BUILT_IN_FAMILIES, MONEY_FAMILY, type UnitInfo } from "@/lib/vocab";
import type { ChartFigure } from "../chart-types";
import type { ClassifiedFigures } from "../flows";
import { VIEW_CURRENCY, type Measure } from "../measure";
import type { ChartWords } from "../words";

// Which measure the ledger (and the flow diagram) shows: one unit family, and within it one unit,
// or, for money in a converted currency view, the target currency. The options list the families
// and units that have something to draw, plus whatever the URL asked for, so the selector always
// shows the current state. Units and families are those of the dataset's own figures, each with
// the names the server resolved for it (in the page's language where it names them): a unit or
// family no figure is in is ignored with a notice.

export interface UnitOption {
  unit: string;
  label: string;
  bars: number;
}

export interface FamilyOption {
  family: string;
  label: string;
  bars: number;
}

export interface LedgerSelection {
  family: string;
  /** The printed unit shown, or null when money is converted into `measure.currency`. */
  unit: string | null;
  measure: Measure;
  familyOptions: FamilyOption[];
  unitOptions: UnitOption[];
  notices: UrlNotice[];
}

export interface LedgerRequest {
  family?: string;
  unit?: string;
  currency: CurrencyView;
}

const NO_FIGURES: UnitInfo = { label: "Money", noun: "money", symbol: "", family: MONEY_FAMILY, familyLabel: BUILT_IN_FAMILIES.money };

/** How many ledger bars each unit has: top-level flows in it, plus parents listing components in it. */
function barsPerUnit(classified: ClassifiedFigures): Map<string, number> {
  const bars = new Map<string, number>();
  const add = (unit: string) => bars.set(unit, (bars.get(unit) ?? 0) + 1);
  for (const { figure } of classified.flows) {
    add(figure.unit);
    const componentUnits = new Set((classified.componentsOf.get(figure.id) ?? []).map((component) => component.unit));
    componentUnits.delete(figure.unit);
    for (const unit of componentUnits) add(unit);
  }
  return bars;
}

/** Every unit the dataset's figures are in, with its names. */
function unitsOf(classified: ClassifiedFigures): Map<string, UnitInfo> {
  const figures: ChartFigure[] = [
    ...classified.flows.map((flow) => flow.figure),
    ...[...classified.componentsOf.values()].flat(),
    ...classified.others.map((other) => other.figure),
  ];
  return new Map(figures.map((figure) => [figure.unit, figure.unitInfo]));
}

/** The words the selection names its options and notices with. */
type SelectionWords = Pick<ChartWords, "t" | "unit" | "family">;

/** The request's family and unit, each dropped with a notice when no figure is in it or they disagree. */
function requested(request: LedgerRequest, units: Map<string, UnitInfo>, notices: UrlNotice[], { t, unit: unitName, family: familyName }: SelectionWords) {
  const families = new Set([...units.values()].map((info) => info.family));
  let family = request.family;
  let unit = request.unit;
  if (family !== undefined && !families.has(family)) {
    notices.push({ param: "family", message: t("notices.family", { family }) });
    family = undefined;
  }
  if (unit !== undefined && !units.has(unit)) {
    notices.push({ param: "unit", message: t("notices.unit", { unit }) });
    unit = undefined;
  }
  if (unit !== undefined && family !== undefined && units.get(unit)!.family !== family) {
    const familyLabel = familyName(family, [...units.values()].find((info) => info.family === family)!.familyLabel);
    notices.push({ param: "unit", message: t("notices.unitFamily", { unit: unitName(unit, units.get(unit)!).label, family: familyLabel }) });
    unit = undefined;
  }
  return { family, unit };
}

export function resolveLedgerSelection(classified: ClassifiedFigures, request: LedgerRequest, w: SelectionWords): LedgerSelection {
  const notices: UrlNotice[] = [];
  const bars = barsPerUnit(classified);
  const units = unitsOf(classified);
  const familyBars = new Map<string, number>();
  for (const [unit, count] of bars) {
    const family = units.get(unit)!.family;
    familyBars.set(family, (familyBars.get(family) ?? 0) + count);
  }
  const asked = requested(request, units, notices, w);

  // Money first, then the family with the most bars.
  const byBars = (a: string, b: string) =>
    Number(b === MONEY_FAMILY) - Number(a === MONEY_FAMILY) || (familyBars.get(b) ?? 0) - (familyBars.get(a) ?? 0) || a.localeCompare(b);
  const family =
    asked.family ??
    (asked.unit === undefined ? undefined : units.get(asked.unit)!.family) ??
    ([...familyBars.keys()].sort(byBars)[0] ?? MONEY_FAMILY);
  const familyLabel = (code: string) =>
    w.family(code, [...units.values()].find((info) => info.family === code)?.familyLabel ?? BUILT_IN_FAMILIES[code as keyof typeof BUILT_IN_FAMILIES] ?? code);
  const unitLabel = (unit: string) => w.unit(unit, units.get(unit)!).label;
  const familyOptions = [...new Set([...familyBars.keys(), family])]
    .sort(byBars)
    .map((code) => ({ family: code, label: familyLabel(code), bars: familyBars.get(code) ?? 0 }));

  const unitsInFamily = [...bars.entries()].filter(([unit]) => units.get(unit)!.family === family);
  if (asked.unit && !unitsInFamily.some(([unit]) => unit === asked.unit)) unitsInFamily.push([asked.unit, 0]);
  const unitOptions = unitsInFamily
    .sort(([a, barsA], [b, barsB]) => barsB - barsA || a.localeCompare(b))
    .map(([unit, count]) => ({ unit, label: unitLabel(unit), bars: count }));

  if (family === MONEY_FAMILY && request.currency !== "original") {
    return {
      family,
      unit: null,
      measure: { kind: "currency", currency: VIEW_CURRENCY[request.currency] },
      familyOptions,
      unitOptions,
      notices,
    };
  }
  // Default unit: the one with the most top-level figures, then the most bars. A unit that only
  // holds components of totals printed elsewhere comes last.
  const topLevel = new Map<string, number>();
  for (const { figure } of classified.flows) topLevel.set(figure.unit, (topLevel.get(figure.unit) ?? 0) + 1);
  const fallback = [...unitOptions].sort((a, b) => (topLevel.get(b.unit) ?? 0) - (topLevel.get(a.unit) ?? 0) || b.bars - a.bars)[0];
  const familyUnit = [...units.keys()].find((unit) => units.get(unit)!.family === family);
  const unit = asked.unit ?? fallback?.unit ?? familyUnit ?? [...units.keys()][0];
  // No figure at all (a year window that holds none): an axis of money, which says there is nothing in it.
  if (unit === undefined) {
    const info = { ...NO_FIGURES, label: w.family(MONEY_FAMILY, NO_FIGURES.label), noun: w.family(MONEY_FAMILY, NO_FIGURES.noun) };
    return { family, unit: null, measure: { kind: "unit", unit: "", info }, familyOptions, unitOptions, notices };
  }
  const info = units.get(unit)!;
  if (!unitOptions.some((option) => option.unit === unit)) unitOptions.push({ unit, label: unitLabel(unit), bars: 0 });
  return { family, unit, measure: { kind: "unit", unit, info }, familyOptions, unitOptions, notices };
}
