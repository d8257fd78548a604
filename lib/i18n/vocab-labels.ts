import type { Translate } from "@/lib/i18n/translate";
import { CATEGORIES, EVENT_TYPES, FLAGS, KINDS, PERIOD_STATUSES, QUALIFIERS } from "@/lib/vocab";
import { DENOMINATIONS, PRICE_BASES, type MoneyBasis } from "@/lib/vocab/basis";
import { categoryLabel, flagInfo, type FlagInfo } from "@/lib/vocab/labels";
import { PROVENANCE } from "@/lib/vocab/provenance";

// The names of vocabulary codes in the page's language, from the `vocab` messages. lib/vocab keeps
// the English names (CSV, API, exports); this is what pages show. A code this build does not know
// (a category a dataset declares, a flag from a newer version) keeps its own name, as lib/vocab does.

export interface VocabLabels {
  category(code: string): string;
  qualifier(code: string): string;
  /** "Commitment (promised or agreed)"; with short, only the part before the explanation. */
  kind(code: string, options?: { short?: boolean }): string;
  periodStatus(code: string): string;
  eventType(code: string): string;
  flag(code: string): string;
  flagInfo(code: string): FlagInfo;
  provenance(code: string): string;
  provenanceNeeds(code: string): string;
  priceBasis(code: string): string;
  denomination(code: string): string;
  /** "USD at the 1950 gold parity", "RUB, basis not stated, old or new not stated"; null when not money. */
  basis(unit: string, basis: MoneyBasis): string | null;
}

const known = (table: object, code: string) => Object.hasOwn(table, code);

/** `t` is the `vocab` namespace: `getTranslations("vocab")` or `useTranslations("vocab")`. */
export function vocabLabels(t: Translate): VocabLabels {
  const named = (table: object, prefix: string, code: string) => (known(table, code) ? t(`${prefix}.${code}`) : code);
  const priceBasis = (code: string) => named(PRICE_BASES, "priceBases", code);
  const denomination = (code: string) => named(DENOMINATIONS, "denominations", code);
  return {
    category: (code) => (known(CATEGORIES, code) ? t(`categories.${code}`) : categoryLabel(code)),
    qualifier: (code) => named(QUALIFIERS, "qualifiers", code),
    kind(code, { short = false } = {}) {
      const label = named(KINDS, "kinds", code);
      return short ? label.replace(/\s*\(.*\)$/, "") : label;
    },
    periodStatus: (code) => named(PERIOD_STATUSES, "periodStatuses", code),
    eventType: (code) => named(EVENT_TYPES, "eventTypes", code),
    flag: (code) => (known(FLAGS, code) ? t(`flags.${code}.label`) : code),
    flagInfo(code) {
      const info = flagInfo(code);
      if (!known(FLAGS, code)) return { ...info, explanation: t("unknownFlag") };
      return { ...info, label: t(`flags.${code}.label`), explanation: t(`flags.${code}.explanation`) };
    },
    provenance: (code) => (known(PROVENANCE, code) ? t(`provenance.${code}.label`) : code),
    provenanceNeeds: (code) => (known(PROVENANCE, code) ? t(`provenance.${code}.needs`) : code),
    priceBasis,
    denomination,
    basis(unit, { priceBasis: base, priceYear, denomination: denom }) {
      if (base === null) return null;
      const year = priceYear === null ? "?" : String(priceYear);
      const price =
        base === "gold_parity"
          ? t("basis.goldParity", { unit, year })
          : base === "constant"
            ? t("basis.constant", { unit, year })
            : t("basis.other", { unit, basis: priceBasis(base) });
      return denom === null ? price : t("basis.denomination", { basis: price, denomination: denomination(denom) });
    },
  };
}
