import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * "/ka/figures/3" -> { locale: "ka", path: "/figures/3", prefix: "/ka" }; an unprefixed path is the
 * default language's. The proxy judges a page (embed, curation, figure exists) on its path without
 * the language.
 */
export function splitLocalePath(pathname: string): { locale: Locale; path: string; prefix: string } {
  const segment = pathname.split("/")[1];
  if (segment !== DEFAULT_LOCALE && isLocale(segment)) {
    const path = pathname.slice(segment.length + 1) || "/";
    return { locale: segment, path, prefix: `/${segment}` };
  }
  return { locale: DEFAULT_LOCALE, path: pathname, prefix: "" };
}
