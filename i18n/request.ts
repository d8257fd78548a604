import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/messages/load";
import { routing } from "./routing";

// The messages and settings of the request's language (from the [locale] segment); next-intl's
// plugin (next.config.ts) finds this file by its path.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
