"use client";

import { CURRENCY_VIEWS, RUBLE_ASSUMPTIONS, type CurrencyView, type RubleAssumption } from "@/lib/vocab/currency-view";
import styles from "@/components/charts/charts.module.css";
import { useCurrencyParams } from "../../lib/views/overview/use-overview-params";

// The currency view (§5): money as printed (the default), or converted into US dollars, old rubles
// or new rubles through the dollar, plus the assumption for rubles the source does not call old or
// new. Converted numbers are derived and say so wherever they appear.

export function CurrencyControls({ description }: { description: string }) {
  const { values, setValues, pending } = useCurrencyParams();
  return (
    <div className={styles.controls} style={{ marginBottom: 0 }} data-currency-controls>
      <label className={styles.field}>
        <span className={styles.fieldLabel}>Currency view</span>
        <select
          className={styles.select}
          name="currency"
          value={values.currency}
          onChange={(event) => void setValues({ currency: event.target.value as CurrencyView })}
        >
          {(Object.keys(CURRENCY_VIEWS) as CurrencyView[]).map((code) => (
            <option key={code} value={code}>
              {CURRENCY_VIEWS[code]}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span className={styles.fieldLabel}>Rubles of unstated basis</span>
        <select
          className={styles.select}
          name="assume"
          value={values.assume}
          onChange={(event) => void setValues({ assume: event.target.value as RubleAssumption })}
        >
          {(Object.keys(RUBLE_ASSUMPTIONS) as RubleAssumption[]).map((code) => (
            <option key={code} value={code}>
              {RUBLE_ASSUMPTIONS[code]}
            </option>
          ))}
        </select>
      </label>
      <p className={styles.field} style={{ margin: 0, flex: "1 1 16rem" }} data-currency-description>
        <span>{description}</span>
        <span className={styles.pending} role="status" aria-live="polite">
          {pending ? "Updating…" : ""}
        </span>
      </p>
    </div>
  );
}
