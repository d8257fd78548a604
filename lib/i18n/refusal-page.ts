import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// The pages the proxy answers itself (a broken address, a form posted from another site), in the
// language of the address they answer: no layout renders them, so they read the "errors" messages
// directly and carry their own <html lang>. The messages are ours and hold no markup.

export type Refusal = "badPath" | "crossSite";

/** A page with no script at all; `home` is the overview's address in the same language. */
export async function refusalPage(status: number, refusal: Refusal, locale: Locale, home: string): Promise<Response> {
  const t = await translatorFor(locale, "errors.refusals");
  const title = t(`${refusal}.title`);
  const goHome = t("goHome", { overview: `<a href="${home}">${t("overview")}</a>` });
  return new Response(`<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${title} · Aidflow</title><h1>${title}</h1><p>${t(`${refusal}.text`)} ${goHome}</p></html>`, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
