import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { translatorOver } from "@/lib/i18n/translator-over";
import enExport from "@/messages/en/export.json" with { type: "json" };
import kaExport from "@/messages/ka/export.json" with { type: "json" };

// The words of an export's About sheet in one language (the `export` messages), for route handlers
// and scripts, which have no page around them to take a translator from.

const MESSAGES: Record<Locale, typeof enExport> = { en: enExport, ka: kaExport };

export function exportTranslator(locale: Locale): Translate {
  return translatorOver(locale, MESSAGES[locale]);
}
