import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import enCuration from "@/messages/en/curation.json" with { type: "json" };
import kaCuration from "@/messages/ka/curation.json" with { type: "json" };

// The history's words in one language, read from the curation messages directly: the history is
// also rendered outside a page (tests render it as a function), where next-intl has no request.
const MESSAGES: Record<Locale, typeof enCuration> = { en: enCuration, ka: kaCuration };

export function historyTranslator(locale: Locale, namespace: "curation.history" | "curation.fields"): Translate & { has(key: string): boolean } {
  const messages = { curation: MESSAGES[locale] as Record<string, unknown> };
  return createTranslator({ locale, messages, namespace }) as unknown as Translate & { has(key: string): boolean };
}
