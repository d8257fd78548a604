import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteChrome } from "@/components/layout/site-chrome";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeScript } from "@/components/layout/theme-script";
import { themeCss } from "@/lib/views/theme-tokens";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Aidflow", template: "%s · Aidflow" },
  description:
    "Economic aid and exchange flows between states, in both directions, with a source, qualifier and unit on every figure.",
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
