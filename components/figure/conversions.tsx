import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/translate";
import { buildConversionTable, type ConversionGroup } from "@/lib/views/figure/conversion-table";
import { useFormat } from "@/lib/i18n/use-format";
import { localUnitLabel } from "@/lib/views/list/unit-label";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { CURRENCY_NAMES, type Conversion, type RateRow } from "@/lib/vocab/convert";
import { derivationNote, notConvertedReason, type ConversionWording } from "@/lib/i18n/conversion-words";
import { DENOMINATED_CURRENCY } from "@/lib/vocab/basis";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import styles from "./figure-page.module.css";

// Conversions of a money figure into US dollars, old rubles and new rubles. They are derived, not
// printed: each row says so and names every rate it used, with its validity and its source. The
// original value always comes first.

function validity(rate: RateRow, t: Translate): string {
  return rate.validTo ? t("validRange", { from: rate.validFrom, to: rate.validTo }) : t("validFrom", { from: rate.validFrom });
}

/** A currency of a conversion step, in the page's language; an unknown one by its code. */
const currencyName = (code: string, t: Translate) => (Object.hasOwn(CURRENCY_NAMES, code) ? t(`currencies.${code}`) : code);

function RateList({ steps, t, wording }: { steps: Conversion; t: Translate; wording: ConversionWording }) {
  if (!steps.converted) return <span className="muted">{t("notConverted", { reason: notConvertedReason(steps, wording) })}</span>;
  if (steps.steps.length === 0) return <span className="muted">{t("sameCurrency")}</span>;
  return (
    <ul className={styles.plainList} data-testid="conversion-rates">
      {steps.steps.map((step) => (
        <li key={`${step.from}-${step.to}`}>
          {currencyName(step.from, t)} → {currencyName(step.to, t)}:{" "}
          <strong>{t("rate", { rate: step.rate.rate, unit: step.rate.unit.replace("_", " "), perUnit: step.rate.perUnit })}</strong> (
          {validity(step.rate, t)}). {t("source")}{" "}
          {step.rate.sourceUrl ? (
            <a href={step.rate.sourceUrl} rel="noreferrer">
              {step.rate.sourceTitle}
            </a>
          ) : (
            step.rate.sourceTitle
          )}
        </li>
      ))}
    </ul>
  );
}

function groupTitle(group: ConversionGroup, t: Translate): string {
  if (group.assumption === "old") return t("assumeOld");
  if (group.assumption === "new") return t("assumeNew");
  return t("converted");
}

export function Conversions({ figure, rates }: { figure: FigureDetailDto; rates: RateRow[] }) {
  const table = buildConversionTable({ ...figure, periodStart: figure.period.start, periodEnd: figure.period.end }, rates);
  const t = useTranslations("figure.conversions");
  const fmt = useFormat();
  const unitWords = localUnitLabel(figure.unit, figure.unitInfo.label, fmt.locale).toLocaleLowerCase(fmt.locale);
  const conversionWords = useTranslations("figure.conversion");
  const wording: ConversionWording = {
    t: conversionWords,
    unitLabel: (code, label) => localUnitLabel(code, label, fmt.locale),
    currencyName: (code) => t(`currencies.${code}`),
  };
  const columns = [t("colIn"), { label: t("colValue"), numeric: true }, t("colRates")];
  return (
    <section className={styles.section} aria-labelledby="conversions-heading" data-testid="conversions">
      <h2 id="conversions-heading">{t("heading")}</h2>
      {table.kind === "not_money" ? (
        <p data-testid="no-conversion">{t("notMoney", { unit: unitWords })}</p>
      ) : (
        <>
          <p>
            {t.rich("original", { value: fmt.formatValue(figure), strong: (chunks) => <strong>{chunks}</strong> })}{" "}
            {table.kind === "table" ? t("derivedNote") : null}
          </p>
          {table.kind === "unavailable" ? (
            <p className="notice" data-testid="no-conversion">
              {t("unavailable", { reason: notConvertedReason(table.conversion, wording) })}
            </p>
          ) : (
            <>
              {figure.unit === DENOMINATED_CURRENCY && figure.denomination === "not_stated" ? (
                <p className="notice warn">{t("rubleWarning")}</p>
              ) : null}
              {table.groups.map((group) => (
                <SimpleTable
                  key={group.assumption ?? "stated"}
                  look="reference"
                  caption={groupTitle(group, t)}
                  columns={columns}
                  data-testid={`conversion-group-${group.assumption ?? "stated"}`}
                >
                  {group.rows.map(({ target, conversion }) => (
                    <tr key={target} data-target={target} data-derived={conversion.converted ? "true" : undefined}>
                      <RowHeader>{t(`views.${target}`)}</RowHeader>
                      <Cell numeric>
                        {conversion.converted ? (
                          <span title={derivationNote(conversion, wording)}>
                            {fmt.formatCurrencyValue({ qualifier: figure.qualifier, value: conversion.value }, conversion.currency, {
                              derived: conversion.steps.length > 0,
                            })}{" "}
                            {conversion.steps.length === 0 ? <span className="badge">{t("reading")}</span> : null}
                          </span>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </Cell>
                      <td>
                        <RateList steps={conversion} t={t} wording={wording} />
                      </td>
                    </tr>
                  ))}
                </SimpleTable>
              ))}
            </>
          )}
          <details>
            <summary>{t("whySummary")}</summary>
            <p className={styles.afterSummary}>{t("whyText")}</p>
          </details>
        </>
      )}
    </section>
  );
}
