import "server-only";
import { getLocale } from "next-intl/server";
import { createFormat, type Format } from "@/lib/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** The request's formatting, for server components: `const fmt = await getFormat()`. */
export async function getFormat(): Promise<Format> {
  const locale = await getLocale();
  return createFormat(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
