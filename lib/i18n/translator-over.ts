import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/**
 * next-intl's translator over messages already in hand, for code outside a page render (pure code
 * with an English default, route handlers, preview images): the same ICU formatting the pages use,
 * so the words never drift from theirs. `namespace` may be nested: "errors.figureRedirect".
 */
export function translatorOver(locale: Locale, messages: Record<string, unknown>, namespace?: string): Translate {
  const t = createTranslator({ locale, messages: messages as never, namespace: namespace as never }) as unknown as Translate;
  return (key, values) => t(key, values);
}
