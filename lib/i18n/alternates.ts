import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, OG_LOCALES, type Locale } from "@/lib/i18n/locales";

// Every page names its versions in the other languages (hreflang), so that a search engine or a
// reader's browser can offer the right one: English at the address it always had, Georgian under /ka.

/** "/figures" in `locale`: "/figures" for English, "/ka/figures" for Georgian. */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** hreflang alternates of an unprefixed path (x-default is the English one). */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((locale) => [locale, localizedPath(path, locale)]));
  return { ...languages, "x-default": path };
}

/**
 * A page's own metadata made language-aware: its canonical address in the page's language, the
 * hreflang alternates, and the Open Graph locale. `path` is the page's unprefixed address.
 */
export function localizeMetadata(metadata: Metadata, path: string, locale: Locale): Metadata {
  const canonical = localizedPath(path, locale);
  return {
    ...metadata,
    alternates: { ...metadata.alternates, ...(metadata.alternates?.canonical ? { canonical } : {}), languages: languageAlternates(path) },
    ...(metadata.openGraph
      ? {
          openGraph: {
            ...metadata.openGraph,
            locale: OG_LOCALES[locale],
            alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => OG_LOCALES[other]),
            ...(metadata.openGraph.url ? { url: canonical } : {}),
          },
        }
      : {}),
  };
}
