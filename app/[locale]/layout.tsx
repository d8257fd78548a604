import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { siteMetadata, siteViewport } from "../_shell/site-metadata";
import { SiteShell } from "../_shell/site-shell";

// The document of every page, in the language of its address: /ka/... is Georgian, and an English
// address is rewritten to /en/... by the proxy, so the visitor never sees "/en". Being the layout
// of the [locale] segment, it renders again when the language changes, header and messages included.

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  return siteMetadata(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
}

export const viewport: Viewport = siteViewport;

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <SiteShell locale={locale}>{children}</SiteShell>;
}
