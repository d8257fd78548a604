"use client";

import { CURRENCY_VIEWS, RUBLE_ASSUMPTIONS, type CurrencyView, type RubleAssumption } from "@/lib/vocab/currency-view";
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
  labels: Record<Code, string>;
  onChange: (code: Code) => void;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.fieldLabel}>{label}</span>
      <select className={styles.select} name={name} value={value} onChange={(event) => onChange(event.target.value as Code)}>
        {(Object.keys(labels) as Code[]).map((code) => (
          <option key={code} value={code}>
            {labels[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CurrencyControls({ description }: { description: string }) {
  const { values, setValues, pending } = useCurrencyParams();
  return (
    <div className={`${styles.controls} ${styles.currencyBar}`} data-currency-controls>
      <CodeSelect<CurrencyView>
        label="Currency view"
        name="currency"
        value={values.currency}
        labels={CURRENCY_VIEWS}
        onChange={(currency) => void setValues({ currency })}
      />
      <CodeSelect<RubleAssumption>
        label="Rubles of unstated basis"
        name="assume"
        value={values.assume}
        labels={RUBLE_ASSUMPTIONS}
        onChange={(assume) => void setValues({ assume })}
      />
      <p className={`${styles.field} ${styles.currencyDescription}`} data-currency-description>
        <span>{description}</span>
        <span className={styles.pending} role="status" aria-live="polite">
          {pending ? "Updating…" : ""}
        </span>
      </p>
    </div>
  );
}
