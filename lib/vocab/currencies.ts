import { BUILT_IN_FAMILIES, MONEY_FAMILY, type UnitInfo } from "./units";

// Currencies of ISO 4217, current and historical, named by the runtime's Unicode CLDR data
// (Intl.DisplayNames). CLDR names every code ISO 4217 has listed, including withdrawn ones such as
// FRF or SUR, which a dataset of flows from the 1950s needs; a code CLDR cannot name is not ISO 4217.
// Currencies outside the standard (the Manchurian yuan) are declared by the dataset
// (lib/vocab/vocabulary.ts). README, "Why these libraries", says why not a package.

const ISO_CODE = /^[A-Z]{3}$/;
const names = new Intl.DisplayNames(["en"], { type: "currency", fallback: "none" });

/** The plural name CLDR gives after a number: "US dollars", "French francs". */
function pluralName(code: string): string | undefined {
  const parts = new Intl.NumberFormat("en", { style: "currency", currency: code, currencyDisplay: "name" }).formatToParts(2);
  return parts.find((part) => part.type === "currency")?.value;
}

/** The currency with this ISO 4217 code, or undefined when the code is not one. */
export function isoCurrency(code: string): UnitInfo | undefined {
  if (!ISO_CODE.test(code)) return undefined;
  const name = names.of(code);
  if (name === undefined) return undefined;
  const noun = pluralName(code) ?? name;
  return {
    label: noun.charAt(0).toUpperCase() + noun.slice(1),
    noun,
    symbol: code,
    family: MONEY_FAMILY,
    familyLabel: BUILT_IN_FAMILIES.money,
  };
}
