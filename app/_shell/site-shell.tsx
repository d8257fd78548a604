import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteChrome } from "@/components/layout/site-chrome";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeScript } from "@/components/layout/theme-script";
import type { Locale } from "@/lib/i18n/locales";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { themeCss } from "@/lib/views/theme-tokens";
import { georgian, inter } from "../fonts";
import "../globals.css";
import { SHELL_MESSAGES } from "./shell-messages";

/**
 * The document of every page in one language: <html lang>, the fonts, the theme, the shell's messages
 * for client components, the header and footer. Rendered by app/[locale]/layout.tsx (so that switching
 * language re-renders all of it) and by app/not-found.tsx (an address no route matches).
 */
export async function SiteShell({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  // The per-request CSP nonce set by proxy.ts (lib/security/headers.ts). Reading headers() also makes
  // every page render per request, which nonces require: a page built ahead of time has no nonce.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const t = await getTranslations({ locale, namespace: "layout" });
  // Only the shell's messages reach the browser here; a page adds its own with <ClientMessages>.
  const messages = pickMessages(await getMessages({ locale }), SHELL_MESSAGES);
  // The Georgian font's class only on Georgian pages: elsewhere its @font-face is never used, so never fetched.
  const fontClasses = locale === "ka" ? `${inter.variable} ${georgian.variable}` : inter.variable;
  return (
    <html lang={locale} className={fontClasses} suppressHydrationWarning>
      <head>
        {/* Static CSS generated from lib/views/theme-tokens.ts (no data), so it is safe to inline. */}
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: themeCss() }} />
        <ThemeScript nonce={nonce} />
      </head>
      <body>
        <NextIntlClientProvider messages={messages}>
          <SiteChrome>
            <a className="skip-link" href="#main">
              {t("skipLink")}
            </a>
            <SiteHeader />
          </SiteChrome>
          <main id="main" tabIndex={-1}>
            <NuqsAdapter>{children}</NuqsAdapter>
          </main>
          <SiteChrome>
            <SiteFooter />
          </SiteChrome>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
