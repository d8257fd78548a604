// The interface's languages. English is the default and keeps the URLs it always had; every other
// language is prefixed (/ka/...). Adding one: a code here, its messages/<code>/ folder, its words in
// lib/format's locale table, and (if its script needs one) a font in app/fonts.ts.
export const LOCALES = ["en", "ka"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language's own name, for the switcher (always written in that language). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ka: "ქართული" };

/** Open Graph wants a language with a territory. */
export const OG_LOCALES: Record<Locale, string> = { en: "en_US", ka: "ka_GE" };

/** The switcher's description of each choice, in the language it leads to. */
export const LOCALE_SWITCH_LABELS: Record<Locale, string> = { en: "Read this page in English", ka: "ეს გვერდი ქართულად" };
