import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { translatorOver } from "@/lib/i18n/translator-over";
import { loadMessages, type Namespace } from "@/messages/load";

/**
 * A translator for an explicit language, outside a page render: route handlers and preview images
 * name their language in their address, and tests call them directly (where next-intl's
 * request-bound getTranslations is not available). `namespace` may be nested: "errors.figureRedirect".
 */
export async function translatorFor(locale: Locale, namespace: Namespace | `${Namespace}.${string}`): Promise<Translate> {
  return translatorOver(locale, await loadMessages(locale), namespace);
}
