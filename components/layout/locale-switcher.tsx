"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { LOCALE_NAMES, LOCALE_SWITCH_LABELS, LOCALES } from "@/lib/i18n/locales";
import styles from "./site-header.module.css";

// The header's language choice: plain links to this same page (path and query) in each language, so
// it works by keyboard and without script. next-intl's Link stores the choice (NEXT_LOCALE cookie)
// before it navigates, so the next first visit to "/" opens in it.
export function LocaleSwitcher() {
  const t = useTranslations("layout.language");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={t("label")} className={styles.locales} data-locale-switcher="">
      <ul>
        {LOCALES.map((option) => (
          <li key={option}>
            {option === locale ? (
              <span aria-current="true" lang={option}>
                {LOCALE_NAMES[option]}
              </span>
            ) : (
              <Link href={href} locale={option} lang={option} hrefLang={option} title={LOCALE_SWITCH_LABELS[option]} data-switch-locale={option}>
                {LOCALE_NAMES[option]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
