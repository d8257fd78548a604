// How a money figure is to be read, in three parts: the currency (the unit's code itself), the
// price basis, and for rubles the denomination. Conversions (lib/vocab/convert.ts) depend on all
// three, so none is guessed: "not stated" is a value of its own.

export const PRICE_BASES = {
  current: "current prices",
  constant: "constant prices of a year",
  gold_parity: "gold parity of a year",
  not_stated: "basis not stated",
} as const;
export type PriceBasis = keyof typeof PRICE_BASES;
export const PRICE_BASIS_CODES = Object.keys(PRICE_BASES) as [PriceBasis, ...PriceBasis[]];

/** The bases that are of one year, which the figure must then give. */
export const YEAR_PRICE_BASES: readonly string[] = ["constant", "gold_parity"] satisfies PriceBasis[];

// In 1961 ten old rubles became one new ruble for prices and wages (and 4.44 for sums in foreign
// currency), so a ruble figure reads differently by an order of magnitude with its denomination.
export const DENOMINATIONS = {
  old: "old (before the 1961 reform)",
  new: "new (from 1 January 1961)",
  not_stated: "old or new not stated",
} as const;
export type Denomination = keyof typeof DENOMINATIONS;
export const DENOMINATION_CODES = Object.keys(DENOMINATIONS) as [Denomination, ...Denomination[]];

/** The only currency with a denomination. */
export const DENOMINATED_CURRENCY = "RUB";

export interface MoneyBasis {
  priceBasis: string | null;
  priceYear: number | null;
  denomination: string | null;
}

/** "USD at the 1950 gold parity", "RUB, basis not stated, old or new not stated"; null when not money. */
export function basisLabel(unit: string, basis: MoneyBasis): string | null {
  if (basis.priceBasis === null) return null;
  const price =
    basis.priceBasis === "gold_parity"
      ? ` at the ${basis.priceYear ?? "?"} gold parity`
      : basis.priceBasis === "constant"
        ? ` at constant ${basis.priceYear ?? "?"} prices`
        : `, ${PRICE_BASES[basis.priceBasis as PriceBasis] ?? basis.priceBasis}`;
  const denomination = basis.denomination === null ? "" : `, ${DENOMINATIONS[basis.denomination as Denomination] ?? basis.denomination}`;
  return `${unit}${price}${denomination}`;
}
