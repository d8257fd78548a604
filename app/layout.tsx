import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteChrome } from "@/components/layout/site-chrome";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeScript } from "@/components/layout/theme-script";
import { getEnv } from "@/lib/env";
import { themeCss } from "@/lib/views/theme-tokens";
import { inter } from "./fonts";
import "./globals.css";

// Defaults for every page. A page that sets its own title or description gets it in the link preview
// too: Open Graph and Twitter fall back to <title> and the description, so neither is repeated
// here. The icons come from the file conventions (app/icon.svg, app/apple-icon.png, public/favicon.ico).
export async function generateMetadata(): Promise<Metadata> {
  return { ...SITE_METADATA, metadataBase: await siteOrigin() };
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

const SITE_METADATA: Metadata = {
  title: { default: "Aidflow", template: "%s · Aidflow" },
  description:
    "Economic aid and exchange flows between states, in both directions, with a source, qualifier and unit on every figure.",
  applicationName: "Aidflow",
  openGraph: { type: "website", siteName: "Aidflow", locale: "en" },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111418" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The per-request CSP nonce set by proxy.ts (lib/security/headers.ts). Reading headers() also makes
  // every page render per request, which nonces require: a page built ahead of time has no nonce.
  const requestHeaders = await headers();
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        {/* Static CSS generated from lib/views/theme-tokens.ts (no data), so it is safe to inline. */}
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: themeCss() }} />
        <ThemeScript nonce={nonce} />
      </head>
      <body>
        <SiteChrome>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <SiteHeader />
        </SiteChrome>
        <main id="main" tabIndex={-1}>
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
        <SiteChrome>
          <SiteFooter />
        </SiteChrome>
      </body>
    </html>
  );
}
