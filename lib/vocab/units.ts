// Units a figure can be measured in. A unit's family decides what may be compared or stacked:
// figures are only ever added within one unit, and charts show one family at a time.
export type UnitFamily =
  | "money"
  | "people"
  | "mass"
  | "documents_projects"
  | "length"
  | "area"
  | "vehicles"
  | "military"
  | "incidents"
  | "duration"
  | "count";

export interface UnitInfo {
  label: string;
  /** Short symbol used after a number ("t", "km²"); empty for currencies, which use a prefix. */
  symbol: string;
  family: UnitFamily;
  /** Plural noun for a count ("persons"); for money, the currency's name. */
  noun: string;
  currency?: boolean;
}

export const UNITS = {
  USD: { label: "US dollars", symbol: "USD", family: "money", noun: "US dollars", currency: true },
  RUB: { label: "Rubles", symbol: "RUB", family: "money", noun: "rubles", currency: true },
  MCY: { label: "Manchurian yuan", symbol: "MCY", family: "money", noun: "Manchurian yuan", currency: true },
  t: { label: "Metric tons", symbol: "t", family: "mass", noun: "metric tons" },
  persons: { label: "Persons", symbol: "persons", family: "people", noun: "persons" },
  sets: { label: "Sets of documents", symbol: "sets", family: "documents_projects", noun: "sets of documents" },
  enterprises: { label: "Enterprises", symbol: "enterprises", family: "documents_projects", noun: "enterprises" },
  plants: { label: "Industrial plants", symbol: "plants", family: "documents_projects", noun: "plants" },
  projects: { label: "Projects", symbol: "projects", family: "documents_projects", noun: "projects" },
  companies: { label: "Companies", symbol: "companies", family: "documents_projects", noun: "companies" },
  km: { label: "Kilometres", symbol: "km", family: "length", noun: "kilometres" },
  km2: { label: "Square kilometres", symbol: "km²", family: "area", noun: "square kilometres" },
  sq_mi: { label: "Square miles", symbol: "sq mi", family: "area", noun: "square miles" },
  freight_cars: { label: "Freight cars", symbol: "freight cars", family: "vehicles", noun: "freight cars" },
  passenger_cars: { label: "Passenger cars", symbol: "passenger cars", family: "vehicles", noun: "passenger cars" },
  railway_lines: { label: "Railway lines", symbol: "lines", family: "count", noun: "railway lines" },
  islands: { label: "Islands", symbol: "islands", family: "count", noun: "islands" },
  soldiers: { label: "Soldiers", symbol: "soldiers", family: "military", noun: "soldiers" },
  missiles: { label: "Missiles", symbol: "missiles", family: "military", noun: "missiles" },
  vessels: { label: "Naval vessels", symbol: "vessels", family: "military", noun: "naval vessels" },
  incidents: { label: "Incidents", symbol: "incidents", family: "incidents", noun: "incidents" },
  parties: { label: "Parties", symbol: "parties", family: "count", noun: "parties" },
  visits: { label: "Visits", symbol: "visits", family: "count", noun: "visits" },
  requests: { label: "Requests", symbol: "requests", family: "count", noun: "requests" },
  years: { label: "Years", symbol: "years", family: "duration", noun: "years" },
  months: { label: "Months", symbol: "months", family: "duration", noun: "months" },
  days: { label: "Days", symbol: "days", family: "duration", noun: "days" },
} as const satisfies Record<string, UnitInfo>;

export type UnitCode = keyof typeof UNITS;
export const UNIT_CODES = Object.keys(UNITS) as [UnitCode, ...UnitCode[]];

export const UNIT_FAMILY_LABELS: Record<UnitFamily, string> = {
  money: "Money",
  people: "People",
  mass: "Goods by weight",
  documents_projects: "Documents and projects",
  length: "Length",
  area: "Area",
  vehicles: "Rolling stock",
  military: "Military forces",
  incidents: "Incidents",
  duration: "Duration",
  count: "Other counts",
};

export function unitInfo(code: string): UnitInfo | undefined {
  return (UNITS as Record<string, UnitInfo>)[code];
}

/** How a money figure's currency is to be read. Conversions (lib/units) depend on it. */
export const CURRENCY_BASES = {
  usd_gold_1950: {
    label: "USD at the 1950 gold parity ($35 per troy ounce)",
    currency: "USD",
  },
  usd_unstated: { label: "USD, basis not stated", currency: "USD" },
  rub_unstated: { label: "RUB, old or new not stated", currency: "RUB" },
  rub_old: { label: "RUB, old (before the 1961 reform)", currency: "RUB" },
  rub_new: { label: "RUB, new (from 1 January 1961)", currency: "RUB" },
  mcy: { label: "Manchurian yuan (Manchukuo currency); no rate available", currency: "MCY" },
} as const;

export type CurrencyBasis = keyof typeof CURRENCY_BASES;
export const CURRENCY_BASIS_CODES = Object.keys(CURRENCY_BASES) as [CurrencyBasis, ...CurrencyBasis[]];
