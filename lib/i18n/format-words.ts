import enFormat from "@/messages/en/format.json" with { type: "json" };
import kaFormat from "@/messages/ka/format.json" with { type: "json" };
import enGlossary from "@/messages/en/glossary.json" with { type: "json" };
import kaGlossary from "@/messages/ka/glossary.json" with { type: "json" };
import type { Locale } from "@/lib/i18n/locales";

// The words lib/format needs, per language: read straight from the `format` and `glossary` message
// files (not through next-intl) so that pure code, exports and the browser format the same way.

export interface FormatWords {
  /**
   * Intl's compact notation (axis ticks) where every browser has the language's data (English);
   * otherwise ticks are written with the scale's short words.
   */
  intlCompact: boolean;
  /** The marks numbers are written with; digits themselves always come from en-US (see lib/format.ts). */
  separators: { group: string; decimal: string };
  /** Nouns after a number take the plural (English) or stay singular (Georgian). */
  pluralAfterNumbers: boolean;
  /** "-ზე", "-მდე": a suffix in a qualifier pattern attaches to the word before it (Georgian). */
  inflectsSuffixes: boolean;
  /** From the messages, not Intl: a browser may lack the language's date names (Debian's Chromium has no Georgian). */
  monthNames: { short: readonly string[]; long: readonly string[] };
  scale: {
    trillion: string;
    billion: string;
    million: string;
    trillionShort: string;
    billionShort: string;
    millionShort: string;
    thousandShort: string;
  };
  usd: string;
  usdShort: string;
  date: { day: string; month: string };
  periodInferred: string;
  periodNotStated: string;
  derived: string;
  currency: { RUB_OLD: string; RUB_NEW: string; RUB_OLDShort: string; RUB_NEWShort: string };
  rows: { none: string; noneOnPage: string; showing: string };
  yes: string;
  no: string;
  duration: { seconds: string; minutes: string };
  units: Record<string, { noun: string; symbol: string } | undefined>;
  qualifiers: Record<string, string | undefined>;
  qualifierWords: Record<string, string | undefined>;
}


export const FORMAT_WORDS: Record<Locale, FormatWords> = {
  en: {
    ...enFormat,
    intlCompact: true,
    pluralAfterNumbers: true,
    inflectsSuffixes: false,
    periodNotStated: enGlossary.terms.periodNotStated,
    qualifiers: enGlossary.qualifiers,
    qualifierWords: enGlossary.qualifierWords,
  },
  ka: {
    ...kaFormat,
    intlCompact: false,
    pluralAfterNumbers: false,
    inflectsSuffixes: true,
    periodNotStated: kaGlossary.terms.periodNotStated,
    qualifiers: kaGlossary.qualifiers,
    qualifierWords: kaGlossary.qualifierWords,
  },
};

/** "{amount} more" with { amount: "5" } -> "5 more". Only plain {name} slots: these are not ICU plurals. */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}
