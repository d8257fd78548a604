import { loadDatasetFile } from "@/lib/import/dataset/load";
import { DATASET_FILES } from "@/lib/import/dataset/paths";
import type { MoneyBasis } from "@/lib/vocab/basis";
import type { UnitInfo } from "@/lib/vocab";
import { Vocabulary } from "@/lib/vocab/vocabulary";

// The shipped dataset's vocabulary (the libraries' units with its declarations), for tests that
// build figures by hand, and the money bases of before issue 13 written the structured way, so that
// tests written with the old codes keep saying exactly what they said.

let shipped: Vocabulary | null = null;

export function shippedVocabulary(): Vocabulary {
  shipped ??= new Vocabulary([loadDatasetFile(DATASET_FILES[0]!).dataset.meta]);
  return shipped;
}

/** The unit as the server resolves it for the shipped data. */
export function unitInfoOf(code: string): UnitInfo {
  return shippedVocabulary().unitInfo(code);
}

/** The figures' former `currencyBasis` codes, as the migration 20261206130000_money_basis maps them. */
export const LEGACY_BASES = {
  usd_gold_1950: { priceBasis: "gold_parity", priceYear: 1950, denomination: null },
  usd_unstated: { priceBasis: "not_stated", priceYear: null, denomination: null },
  rub_unstated: { priceBasis: "not_stated", priceYear: null, denomination: "not_stated" },
  rub_old: { priceBasis: "not_stated", priceYear: null, denomination: "old" },
  rub_new: { priceBasis: "not_stated", priceYear: null, denomination: "new" },
  mcy: { priceBasis: "not_stated", priceYear: null, denomination: null },
} as const satisfies Record<string, MoneyBasis>;

export type LegacyBasis = keyof typeof LEGACY_BASES;

/** A former basis code as the three columns; null (not money) as three nulls. */
export function legacyBasis(code: LegacyBasis | null): MoneyBasis {
  return code === null ? { priceBasis: null, priceYear: null, denomination: null } : { ...LEGACY_BASES[code] };
}
