import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import NotFoundContent from "./[locale]/not-found";
import { siteViewport } from "./_shell/site-metadata";
import { SiteShell } from "./_shell/site-shell";

// An address no route matches, in the language of the request (the proxy sets it): the whole
// document, since no [locale] layout wraps it.

export const metadata: Metadata = { title: "Aidflow" };
export const viewport = siteViewport;

export default async function NotFound() {
  const locale = await getLocale();
  return (
    <SiteShell locale={isLocale(locale) ? locale : DEFAULT_LOCALE}>
      <NotFoundContent />
    </SiteShell>
  );
}
