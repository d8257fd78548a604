// What a unit is, once resolved: its names for people and the family that decides what may be
// compared. Figures are only ever added within one unit, and charts show one family at a time.
//
// No unit is listed here. A unit is known through the vocabulary (lib/vocab/vocabulary.ts): a
// currency of ISO 4217 (currencies.ts), a physical unit of the unit library (physical-units.ts), or
// a currency or a count of a named thing ("persons", "freight cars") that the dataset declares in
// its metadata. The server resolves each code once and sends this information with the data, so
// charts and client components never look a unit up.

export interface UnitInfo {
  /** "Metric tons", "US dollars", "Freight cars". */
  label: string;
  /** The plural noun after a number: "metric tons", "US dollars", "freight cars". */
  noun: string;
  /** Short symbol after a number in charts ("t", "km²"); for a currency its code ("RUB"). */
  symbol: string;
  /** The family's code, for URLs and grouping: "money", "mass", "people". */
  family: string;
  /** The family's name in the selector: "Money", "Goods by weight", "People". */
  familyLabel: string;
}

/** The family of every currency: money is never added to, or converted into, anything else. */
export const MONEY_FAMILY = "money";

/** The families a unit has without any declaration, with their names. */
export const BUILT_IN_FAMILIES = {
  money: "Money",
  mass: "Goods by weight",
  length: "Length",
  area: "Area",
  duration: "Duration",
} as const;

/** The family code of a declared group: "Rolling stock" -> "rolling_stock". */
export function familyCode(group: string): string {
  return group
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
}

export function isMoney(info: Pick<UnitInfo, "family">): boolean {
  return info.family === MONEY_FAMILY;
}

/**
 * A unit the vocabulary does not know (a dataset imported before its declaration was removed),
 * shown by its code rather than hidden.
 */
export function unknownUnitInfo(code: string): UnitInfo {
  return { label: code, noun: code, symbol: code, family: familyCode(code) || "other", familyLabel: code };
}

/** Unit codes as stored: letters, digits and underscores, starting with a letter ("USD", "t", "km2", "sq_mi"). */
export const UNIT_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
