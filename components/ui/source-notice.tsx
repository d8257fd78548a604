import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

/**
 * On a page in another language than the source's, one line saying that the source's own words
 * (labels, phrases, sections, citations) are quoted as printed, not translated. Nothing in English.
 */
export function SourceNotice({ className = "muted" }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  if (locale === DEFAULT_LOCALE) return null;
  return (
    <p className={className} data-source-notice="">
      {t("sourceNotTranslated")}
    </p>
  );
}
