import type { Locale } from "@/lib/i18n/locales";

// One JSON file per namespace and language (messages/<locale>/<namespace>.json), each with one
// owner, merged here into the object next-intl reads: { common: {...}, layout: {...}, ... }.
export const NAMESPACES = [
  "common",
  "layout",
  "home",
  "datasets",
  "errors",
  "apiDocs",
  "glossary",
  "vocab",
  "meta",
  "format",
  "pages",
  "charts",
  "overview",
  "explore",
  "events",
  "figure",
  "curation",
  "auth",
  "methodology",
  "citation",
  "export",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Messages = Record<Namespace, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const file = (await import(`./${locale}/${namespace}.json`)) as { default: Record<string, unknown> };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Messages;
}
