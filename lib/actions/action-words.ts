import { headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { translatorOver } from "@/lib/i18n/translator-over";
import enAuth from "@/messages/en/auth.json" with { type: "json" };
import enCuration from "@/messages/en/curation.json" with { type: "json" };
import kaAuth from "@/messages/ka/auth.json" with { type: "json" };
import kaCuration from "@/messages/ka/curation.json" with { type: "json" };

// What a server action says, in the language of the page that posted it. The proxy's language
// middleware names the page's language in a request header (x-next-intl-locale); the messages are
// read here directly rather than through next-intl's request config, so an action answers the same
// way when it is called outside a page (the access tests call the actions as functions): English.

const MESSAGES: Record<Locale, { auth: typeof enAuth; curation: typeof enCuration }> = {
  en: { auth: enAuth, curation: enCuration },
  ka: { auth: kaAuth, curation: kaCuration },
};

export async function actionTranslator(namespace: "auth.errors" | "curation.messages" | "curation.fieldErrors"): Promise<Translate> {
  const asked = (await headers()).get("x-next-intl-locale");
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  return translatorOver(locale, MESSAGES[locale], namespace);
}
