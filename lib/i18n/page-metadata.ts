import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { localizeMetadata } from "@/lib/i18n/alternates";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** A page's title (and description) from the `meta` messages: `generateMetadata = () => pageMetadata("events")`. */
export async function pageMetadata(key: string, extra: Metadata = {}): Promise<Metadata> {
  const t = await getTranslations("meta");
  const description = t.has(`descriptions.${key}`) ? { description: t(`descriptions.${key}`) } : {};
  return { title: t(`titles.${key}`), ...description, ...extra };
}

/**
 * Metadata a page builds itself (a link preview with its canonical address and Open Graph tags)
 * made language-aware: canonical in the page's language, hreflang alternates, og:locale. The
 * address comes from the proxy (x-aidflow-path, without the language prefix).
 */
export async function localizedMetadata(metadata: Metadata): Promise<Metadata> {
  const [locale, list] = await Promise.all([getLocale(), headers()]);
  const path = list.get("x-aidflow-path") ?? "/";
  return localizeMetadata(metadata, path, isLocale(locale) ? locale : DEFAULT_LOCALE);
}
