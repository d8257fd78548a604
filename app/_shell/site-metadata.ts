import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { languageAlternates } from "@/lib/i18n/alternates";
import { OG_LOCALES, type Locale } from "@/lib/i18n/locales";

// Defaults for every page. A page that sets its own title or description gets it in the link preview
// too: Open Graph and Twitter fall back to <title> and the description, so neither is repeated
// here. The icons come from the file conventions (app/icon.svg, app/apple-icon.png, public/favicon.ico).
// Every page names its other languages (hreflang); the proxy passes its address without the prefix.
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "meta" });
  const path = (await headers()).get("x-aidflow-path") ?? "/";
  return {
    title: { default: "Aidflow", template: "%s · Aidflow" },
    description: t("siteDescription"),
    applicationName: "Aidflow",
    openGraph: { type: "website", siteName: "Aidflow", locale: OG_LOCALES[locale] },
    twitter: { card: "summary" },
    alternates: { languages: languageAlternates(path) },
    metadataBase: await siteOrigin(),
  };
}

// Preview images and canonical links must be absolute: PUBLIC_BASE_URL when the deployment sets
// one (behind a proxy the Host header may be internal), else the host the request came to.
async function siteOrigin(): Promise<URL | null> {
  const configured = getEnv().PUBLIC_BASE_URL;
  if (configured) return new URL(configured);
  const requestHeaders = await headers();
  const host = requestHeaders.get("host");
  if (!host) return null;
  const protocol = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  return URL.canParse(`${protocol}://${host}`) ? new URL(`${protocol}://${host}`) : null;
}

export const siteViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111418" },
  ],
};
