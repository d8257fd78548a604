"use client";

import { useTranslations } from "next-intl";
import { CURRENCY_VIEW_CODES, RUBLE_ASSUMPTION_CODES, type CurrencyView, type RubleAssumption } from "@/lib/vocab/currency-view";
import styles from "@/components/charts/charts.module.css";
import { useCurrencyParams } from "@/lib/views/overview/use-overview-params";

// The currency view (§5): money as printed (the default), or converted into US dollars, old rubles
// or new rubles through the dollar, plus the assumption for rubles the source does not call old or
// new. Converted numbers are derived and say so wherever they appear.

function CodeSelect<Code extends string>({
  label,
  name,
  value,
  labels,
  onChange,
}: {
  label: string;
  name: string;
  value: Code;
  labels: readonly [Code, string][];
  onChange: (code: Code) => void;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.fieldLabel}>{label}</span>
      <select className={styles.select} name={name} value={value} onChange={(event) => onChange(event.target.value as Code)}>
        {labels.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CurrencyControls({ description }: { description: string }) {
  const { values, setValues, pending } = useCurrencyParams();
  const t = useTranslations("explore.controls");
  return (
    <div className={`${styles.controls} ${styles.currencyBar}`} data-currency-controls>
      <CodeSelect<CurrencyView>
        label={t("currencyView")}
        name="currency"
        value={values.currency}
        labels={CURRENCY_VIEW_CODES.map((code) => [code, t(`currencyViews.${code}`)])}
        onChange={(currency) => void setValues({ currency })}
      />
      <CodeSelect<RubleAssumption>
        label={t("rubleBasis")}
        name="assume"
        value={values.assume}
        labels={RUBLE_ASSUMPTION_CODES.map((code) => [code, t(`rubleAssumptions.${code}`)])}
        onChange={(assume) => void setValues({ assume })}
      />
      <p className={`${styles.field} ${styles.currencyDescription}`} data-currency-description>
        <span>{description}</span>
        <span className={styles.pending} role="status" aria-live="polite">
          {pending ? t("updating") : ""}
        </span>
      </p>
    </div>
  );
}
