import type { Format } from "@/lib/format";
import { withNumberTexts } from "@/lib/i18n/number-texts";
import type { Translate } from "@/lib/i18n/translate";
import type { DatasetMeta } from "@/lib/schemas/dataset-meta";
import { categoryLabel, eventTypeLabel, flagInfo, qualifierLabel } from "@/lib/vocab/labels";

// The words a chart's shaping writes in: the "charts" messages of the page's language, its number
// and date formatting, and the names of vocabulary codes. Shaping is pure, so it never imports
// next-intl: a page builds these once for its locale (lib/views/overview/chart-words.ts,
// components/charts/use-chart-words.ts) and a test builds them from the messages files
// (tests/helpers/chart-words.ts).

/** The formatting a chart needs: lib/format's, in the page's language (createFormat). */
export type ChartFormat = Format;

export interface ChartWords {
  /** The "charts" namespace. */
  t: Translate;
  fmt: ChartFormat;
  /** A category code's label ("Credits and loans"). */
  category: (code: string) => string;
  /** A flag code's label. */
  flag: (code: string) => string;
  /** A qualifier's name ("more than"), or a sum's ("range uncertain"). */
  qualifier: (code: string) => string;
  /** An event type's label. */
  eventType: (code: string) => string;
  /** A unit's label and noun in the page's language; the data's own (English) names where the language has none. */
  unit: (code: string, own: { label: string; noun: string }) => { label: string; noun: string };
  /** A unit family's name ("Money", "Rolling stock") in the page's language; the data's own where the language has none. */
  family: (code: string, own: string) => string;
}

/** A translator that can say whether it has a key (next-intl's do). */
export type Lookup = Translate & { has: (key: string) => boolean };

export interface WordSources {
  /** The "charts" namespace: sentences, and the names of unit families. */
  charts: Lookup;
  /** The "glossary" namespace: qualifier words. */
  glossary: Lookup;
  /** The "vocab" namespace: category, flag and event type labels; the English label where it has none. */
  vocab: Lookup;
  /** The "format" namespace: unit nouns. */
  format: Lookup;
}

/** The words of one language, from its messages and formatting. */
export function chartWords({ charts, glossary, vocab, format }: WordSources, fmt: ChartFormat): ChartWords {
  const named = (lookup: Lookup, key: string, fallback: string) => (lookup.has(key) ? lookup(key) : fallback);
  return {
    t: withNumberTexts(charts, fmt),
    fmt,
    category: (code) => named(vocab, `categories.${code}`, categoryLabel(code)),
    flag: (code) => named(vocab, `flags.${code}.label`, flagInfo(code).label),
    eventType: (code) => named(vocab, `eventTypes.${code}`, eventTypeLabel(code)),
    qualifier: (code) => (code === "range_uncertain" ? charts("rangeUncertain") : named(glossary, `qualifierWords.${code}`, qualifierLabel(code))),
    // English keeps the data's own names ("Rubles"); another language names the units it knows.
    unit: (code, own) => {
      if (fmt.locale === "en" || !format.has(`units.${code}.noun`)) return own;
      const noun = format(`units.${code}.noun`);
      return { label: noun, noun };
    },
    // The built-in families by their code; a dataset's own are named by its metadata (withFamilyNames).
    family: (code, own) => (fmt.locale === "en" ? own : named(charts, `families.${code}`, own)),
  };
}

/** A dataset's names for its declared unit families, by family code and language (meta.familyNames). */
export type FamilyNames = DatasetMeta["familyNames"];

/**
 * The words of a page of one dataset: its declared families named in the page's language by the
 * dataset itself, as its actors are; a family it does not name keeps the built-in or its own name.
 */
export function withFamilyNames(words: ChartWords, names: FamilyNames): ChartWords {
  const locale = words.fmt.locale;
  if (locale === "en" || !names) return words;
  return { ...words, family: (code, own) => names[code]?.[locale]?.name ?? words.family(code, own) };
}
