import { buildConversionTable, type ConversionGroup } from "@/lib/views/figure/conversion-table";
import { formatCurrencyValue, formatValue } from "@/lib/format";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { CURRENCY_NAMES, type Conversion, type RateRow } from "@/lib/vocab/convert";
import { CURRENCY_VIEWS } from "@/lib/vocab/currency-view";
import { DENOMINATED_CURRENCY } from "@/lib/vocab/basis";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import styles from "./figure-page.module.css";

// Conversions of a money figure into US dollars, old rubles and new rubles. They are derived, not
// printed: each row says so and names every rate it used, with its validity and its source. The
// original value always comes first.

const COLUMNS = ["In", { label: "Derived value", numeric: true }, "Rates used (and their sources)"] as const;

function validity(rate: RateRow): string {
  return rate.validTo ? `valid ${rate.validFrom} to ${rate.validTo}` : `valid from ${rate.validFrom}`;
}

function RateList({ steps }: { steps: Conversion }) {
  if (!steps.converted) return <span className="muted">Not converted: {steps.reason}.</span>;
  if (steps.steps.length === 0) return <span className="muted">Same currency under this assumption; no rate applied.</span>;
  return (
    <ul className={styles.plainList} data-testid="conversion-rates">
      {steps.steps.map((step) => (
        <li key={`${step.from}-${step.to}`}>
          {CURRENCY_NAMES[step.from as keyof typeof CURRENCY_NAMES] ?? step.from} → {CURRENCY_NAMES[step.to as keyof typeof CURRENCY_NAMES] ?? step.to}:{" "}
          <strong>
            {step.rate.rate} {step.rate.unit.replace("_", " ")} per {step.rate.perUnit}
          </strong>{" "}
          ({validity(step.rate)}). Source:{" "}
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

function groupTitle(group: ConversionGroup): string {
  if (group.assumption === "old") return "Assuming old rubles (before the 1961 reform)";
  if (group.assumption === "new") return "Assuming new rubles (from 1961)";
  return "Converted values";
}

export function Conversions({ figure, rates }: { figure: FigureDetailDto; rates: RateRow[] }) {
  const table = buildConversionTable({ ...figure, periodStart: figure.period.start, periodEnd: figure.period.end }, rates);
  const unitWords = figure.unitInfo.label.toLowerCase();
  return (
    <section className={styles.section} aria-labelledby="conversions-heading" data-testid="conversions">
      <h2 id="conversions-heading">Conversions</h2>
      {table.kind === "not_money" ? (
        <p data-testid="no-conversion">
          This figure is in {unitWords}. Aidflow converts only money between currencies; a count or a quantity such as {unitWords} is
          never converted into money.
        </p>
      ) : (
        <>
          <p>
            <strong>Original value (as printed):</strong> {formatValue(figure)}.{" "}
            {table.kind === "table" ? "The amounts below are derived by Aidflow, not printed in the source." : null}
          </p>
          {table.kind === "unavailable" ? (
            <p className="notice" data-testid="no-conversion">
              No conversion: {table.reason}.
            </p>
          ) : (
            <>
              {figure.unit === DENOMINATED_CURRENCY && figure.denomination === "not_stated" ? (
                <p className="notice warn">
                  The source does not say whether these are old or new rubles. Aidflow does not pick one for you: the table
                  shows the conversion under each assumption.
                </p>
              ) : null}
              {table.groups.map((group) => (
                <SimpleTable
                  key={group.assumption ?? "stated"}
                  look="reference"
                  caption={groupTitle(group)}
                  columns={COLUMNS}
                  data-testid={`conversion-group-${group.assumption ?? "stated"}`}
                >
                  {group.rows.map(({ target, conversion }) => (
                    <tr key={target} data-target={target} data-derived={conversion.converted ? "true" : undefined}>
                      <RowHeader>{CURRENCY_VIEWS[target]}</RowHeader>
                      <Cell numeric>
                        {conversion.converted ? (
                          <span title={conversion.note}>
                            {formatCurrencyValue({ qualifier: figure.qualifier, value: conversion.value }, conversion.currency, {
                              derived: conversion.steps.length > 0,
                            })}{" "}
                            {conversion.steps.length === 0 ? <span className="badge">reading, not a conversion</span> : null}
                          </span>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </Cell>
                      <td>
                        <RateList steps={conversion} />
                      </td>
                    </tr>
                  ))}
                </SimpleTable>
              ))}
            </>
          )}
          <details>
            <summary>Why old rubles become new rubles through the dollar (4.44, not 10)</summary>
            <p className={styles.afterSummary}>
              On 1 January 1961 ten old rubles became one new ruble for prices, wages and cash. The ruble’s gold content changed
              at the same time, from 0.222168 g to 0.987412 g, and its dollar rate went from 4.00 to 0.90 rubles per dollar. For a
              sum priced in foreign currency, such as a loan, one new ruble was therefore worth 4.00 ÷ 0.90 ≈ 4.44 old rubles, not
              10. Dividing an old-ruble loan by 10 would understate it by more than half, so Aidflow converts between old and new
              rubles through the US dollar, with the rates and sources named above.
            </p>
          </details>
        </>
      )}
    </section>
  );
}
