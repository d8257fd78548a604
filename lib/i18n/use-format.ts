import { useLocale } from "next-intl";
import { createFormat, type Format } from "@/lib/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** The page's formatting, for client components: `const fmt = useFormat()`. */
export function useFormat(): Format {
  const locale = useLocale();
  return createFormat(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
