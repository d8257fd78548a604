import { convert, getMeasureKind, MeasureKind, type Unit } from "convert";
import { BUILT_IN_FAMILIES, type UnitInfo } from "./units";

// Physical quantities (mass, length, area and durations) through the unit library `convert`
// (README, "Why these libraries"): any unit it knows in those four measures is known here, belongs
// to the measure's family, and converts within it on request. A conversion is derived: it is never
// applied to a stored value, and it always says the factor it used.

const FAMILY_OF_MEASURE = new Map<MeasureKind, keyof typeof BUILT_IN_FAMILIES>([
  [MeasureKind.Mass, "mass"],
  [MeasureKind.Length, "length"],
  [MeasureKind.Area, "area"],
  [MeasureKind.Time, "duration"],
]);

/** Stored codes the library writes otherwise. */
const LIBRARY_SPELLING: Record<string, string> = { sq_mi: "mi2" };

/** English names for the common ones; any other unit the library knows is shown by its code. */
const NAMES: Record<string, Pick<UnitInfo, "label" | "noun" | "symbol">> = {
  t: { label: "Metric tons", noun: "metric tons", symbol: "t" },
  kg: { label: "Kilograms", noun: "kilograms", symbol: "kg" },
  km: { label: "Kilometres", noun: "kilometres", symbol: "km" },
  mi: { label: "Miles", noun: "miles", symbol: "mi" },
  km2: { label: "Square kilometres", noun: "square kilometres", symbol: "km²" },
  sq_mi: { label: "Square miles", noun: "square miles", symbol: "sq mi" },
  mi2: { label: "Square miles", noun: "square miles", symbol: "sq mi" },
  ha: { label: "Hectares", noun: "hectares", symbol: "ha" },
  years: { label: "Years", noun: "years", symbol: "years" },
  months: { label: "Months", noun: "months", symbol: "months" },
  weeks: { label: "Weeks", noun: "weeks", symbol: "weeks" },
  days: { label: "Days", noun: "days", symbol: "days" },
};

function libraryUnit(code: string): Unit | undefined {
  const unit = LIBRARY_SPELLING[code] ?? code;
  const measure = getMeasureKind(unit);
  return measure !== undefined && FAMILY_OF_MEASURE.has(measure) ? (unit as Unit) : undefined;
}

/** The physical unit with this code, or undefined when the library does not know it. */
export function physicalUnit(code: string): UnitInfo | undefined {
  const unit = libraryUnit(code);
  if (unit === undefined) return undefined;
  const family = FAMILY_OF_MEASURE.get(getMeasureKind(unit)!)!;
  const names = NAMES[code] ?? { label: code, noun: code, symbol: code };
  return { ...names, family, familyLabel: BUILT_IN_FAMILIES[family] };
}

/**
 * Months and years have no fixed length: the library counts a month as 30 days and a year as 365,
 * so a year would be 12.17 of its months. A calendar unit converts only to units of its own kind
 * (years to decades, months to months); fixed units (days, weeks, hours) convert among themselves.
 */
function calendarBase(unit: Unit): "years" | "months" | null {
  if (getMeasureKind(unit) !== MeasureKind.Time) return null;
  if (Number.isInteger(convert(1, unit as "years").to("years"))) return "years";
  if (Number.isInteger(convert(1, unit as "months").to("months"))) return "months";
  return null;
}

export type QuantityConversion = { ok: true; value: number; factor: number; note: string } | { ok: false; reason: string };

/** `value` in `from` written in `to`, with the factor used; refused across families. */
export function convertQuantity(value: number, from: string, to: string): QuantityConversion {
  const source = libraryUnit(from);
  const target = libraryUnit(to);
  if (source === undefined || target === undefined) return { ok: false, reason: `only physical units convert; ${source === undefined ? from : to} is not one` };
  if (getMeasureKind(source) !== getMeasureKind(target))
    return { ok: false, reason: `${from} and ${to} measure different things and never convert into each other` };
  if (calendarBase(source) !== calendarBase(target))
    return { ok: false, reason: `${from} and ${to} do not convert: months and years have no fixed length in days` };
  const factor = convert(1, source as "m").to(target as "m");
  return { ok: true, value: value * factor, factor, note: `Derived: 1 ${from} = ${factor} ${to} (unit library convert).` };
}
