import { FORMAT_WORDS } from "@/lib/i18n/format-words";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/**
 * A unit's name in the page's language, where the language names it (messages/<locale>/format.json),
 * else the label that came with the data. English keeps the data's label ("US dollars").
 */
export function localUnitLabel(code: string, label: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return label;
  return FORMAT_WORDS[locale].units[code]?.noun ?? label;
}
