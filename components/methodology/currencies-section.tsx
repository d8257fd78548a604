import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/get-format";
import type { ReferenceRate } from "./methodology-data";
import { VocabTable } from "./vocab-table";

// Rubles, dollars and conversions: why rubles convert through the dollar, which assumptions apply,
// and the reference rates with their validity and sources.
export async function CurrenciesSection({ rates }: { rates: ReferenceRate[] }) {
  const [t, fmt] = await Promise.all([getTranslations("methodology.currencies"), getFormat()]);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const rubleRates = rates.filter((rate) => rate.perUnit === "USD");
  return (
    <section id="currencies" aria-labelledby="currencies-heading">
      <h2 id="currencies-heading">{t("heading")}</h2>
      <div className="prose">
        <p>{t("p1")}</p>
        <p>{t.rich("p2", { strong })}</p>
        <p>{t.rich("p3", { strong })}</p>
        <p>{t.rich("p4", { strong })}</p>
      </div>
      <VocabTable
        caption={t("rates")}
        headers={[t("rate"), t("valid"), t("meaning"), t("source")]}
        rows={rubleRates.map((rate) => [
          t("rateText", { rate: rate.rate.toFixed(2), unit: rate.unit.replace(/_/g, " "), perUnit: rate.perUnit }),
          rate.validTo
            ? t("validRange", { from: fmt.formatPartialDate(rate.validFrom), to: fmt.formatPartialDate(rate.validTo) })
            : t("validFrom", { from: fmt.formatPartialDate(rate.validFrom) }),
          // The rates' notes and sources are quoted as the data has them, not translated.
          <span key="d" lang="en">
            {rate.description}
          </span>,
          rate.sourceUrl ? (
            <a key="s" href={rate.sourceUrl} lang="en">
              {rate.sourceTitle}
            </a>
          ) : (
            <span key="s" lang="en">
              {rate.sourceTitle}
            </span>
          ),
        ])}
      />
    </section>
  );
}
