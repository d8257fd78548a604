import type { UrlNotice } from "@/lib/views/lenient-parse";
import type { CurrencyView } from "@/lib/vocab/currency-view";
import { UNIT_CODES, UNIT_FAMILY_LABELS, unitInfo, type UnitCode, type UnitFamily } from "@/lib/vocab";
import type { ClassifiedFigures } from "../flows";
import { familyOfUnit, FLOW_FAMILIES, VIEW_CURRENCY, type Measure } from "../measure";

// Which measure the ledger (and the flow diagram) shows: one unit family, and within it one unit,
// or, for money in a converted currency view, the target currency. The options list the families
// and units that have something to draw, plus whatever the URL asked for, so the selector always
// shows the current state.

export interface UnitOption {
  unit: string;
  label: string;
  bars: number;
}

export interface FamilyOption {
  family: UnitFamily;
  label: string;
  bars: number;
}

export interface LedgerSelection {
  family: UnitFamily;
  /** The printed unit shown, or null when money is converted into `measure.currency`. */
  unit: string | null;
  measure: Measure;
  familyOptions: FamilyOption[];
  unitOptions: UnitOption[];
  notices: UrlNotice[];
}

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

const unitOrder = (unit: string) => {
  const index = UNIT_CODES.indexOf(unit as UnitCode);
  return index === -1 ? UNIT_CODES.length : index;
};

export function resolveLedgerSelection(
  classified: ClassifiedFigures,
  request: { family?: UnitFamily; unit?: UnitCode; currency: CurrencyView },
): LedgerSelection {
  const notices: UrlNotice[] = [];
  const bars = barsPerUnit(classified);
  const familyBars = new Map<UnitFamily, number>();
  for (const [unit, count] of bars) {
    const family = familyOfUnit(unit);
    if (family) familyBars.set(family, (familyBars.get(family) ?? 0) + count);
  }

  let family: UnitFamily | undefined = request.family;
  let requestedUnit: string | undefined = request.unit;
  if (requestedUnit && family && familyOfUnit(requestedUnit) !== family) {
    notices.push({
      param: "unit",
      message: `ignored unit: ${unitInfo(requestedUnit)?.label ?? requestedUnit} is not in ${UNIT_FAMILY_LABELS[family]}`,
    });
    requestedUnit = undefined;
  }
  if (!family && requestedUnit) family = familyOfUnit(requestedUnit) ?? undefined;
  if (!family) family = FLOW_FAMILIES.find((candidate) => (familyBars.get(candidate) ?? 0) > 0) ?? FLOW_FAMILIES[0]!;

  const familyCodes = new Set<UnitFamily>([...FLOW_FAMILIES, ...familyBars.keys(), family]);
  const familyOptions = [...familyCodes]
    .sort((a, b) => {
      const ia = FLOW_FAMILIES.indexOf(a);
      const ib = FLOW_FAMILIES.indexOf(b);
      return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
    })
    .map((code) => ({ family: code, label: UNIT_FAMILY_LABELS[code], bars: familyBars.get(code) ?? 0 }));

  const unitsInFamily = [...bars.entries()].filter(([unit]) => familyOfUnit(unit) === family);
  if (requestedUnit && !unitsInFamily.some(([unit]) => unit === requestedUnit)) unitsInFamily.push([requestedUnit, 0]);
  const unitOptions = unitsInFamily
    .sort(([a], [b]) => unitOrder(a) - unitOrder(b))
    .map(([unit, count]) => ({ unit, label: unitInfo(unit)?.label ?? unit, bars: count }));

  if (family === "money" && request.currency !== "original") {
    return {
      family,
      unit: null,
      measure: { kind: "currency", currency: VIEW_CURRENCY[request.currency] },
      familyOptions,
      unitOptions,
      notices,
    };
  }
  // Default unit: the one with the most top-level figures (then the most bars); ties go to the
  // vocabulary's order. A unit that only holds components of totals printed elsewhere comes last.
  const topLevel = new Map<string, number>();
  for (const { figure } of classified.flows) topLevel.set(figure.unit, (topLevel.get(figure.unit) ?? 0) + 1);
  const fallback = [...unitOptions].sort(
    (a, b) => (topLevel.get(b.unit) ?? 0) - (topLevel.get(a.unit) ?? 0) || b.bars - a.bars || unitOrder(a.unit) - unitOrder(b.unit),
  )[0];
  const familyUnits = UNIT_CODES.filter((code) => unitInfo(code)?.family === family);
  const unit = requestedUnit ?? fallback?.unit ?? familyUnits[0] ?? "USD";
  if (!unitOptions.some((option) => option.unit === unit)) unitOptions.push({ unit, label: unitInfo(unit)?.label ?? unit, bars: 0 });
  return { family, unit, measure: { kind: "unit", unit }, familyOptions, unitOptions, notices };
}
