import { createTranslator } from "next-intl";
import { chartWords, type ChartWords, type Lookup } from "@/lib/charts/words";
import { createFormat } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/messages/load";

// A language's chart words outside a request's next-intl context: the overview is shaped once per
// language and kept (lib/views/overview.ts), and the API route shapes it in English.

/** The chart words of `locale` from its messages (a test passes them from the files). */
type ChartNamespace = "charts" | "glossary" | "vocab" | "format";

export function chartWordsFrom(locale: Locale, messages: Pick<Messages, ChartNamespace>): ChartWords {
  const lookup = (namespace: ChartNamespace) => createTranslator({ locale, messages, namespace }) as unknown as Lookup;
  return chartWords({ charts: lookup("charts"), glossary: lookup("glossary"), vocab: lookup("vocab"), format: lookup("format") }, createFormat(locale));
}

const cache = new Map<Locale, Promise<ChartWords>>();

export function chartWordsFor(locale: Locale): Promise<ChartWords> {
  let words = cache.get(locale);
  if (!words) {
    words = loadMessages(locale).then((messages) => chartWordsFrom(locale, messages));
    cache.set(locale, words);
  }
  return words;
}
