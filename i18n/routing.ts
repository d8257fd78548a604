import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

// English keeps the URLs it always had (/datasets/...); other languages are prefixed (/ka/datasets/...).
// The first visit follows Accept-Language; a choice made with the switcher is kept in NEXT_LOCALE.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});
