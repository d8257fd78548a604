"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import type { FamilyOption, UnitOption } from "@/lib/charts/ledger/selection";
import styles from "@/components/charts/charts.module.css";
import { useMeasureParams } from "@/lib/views/overview/use-overview-params";

// Which unit the ledger and the flow diagram show: a unit family, then (for families holding
// several units) one unit, because a chart axis only ever carries one unit. When money is shown
// converted, the target currency replaces the unit choice.

export function UnitSelector({
  family,
  unit,
  familyOptions,
  unitOptions,
  convertedTo,
}: {
  family: string;
  unit: string | null;
  familyOptions: FamilyOption[];
  unitOptions: UnitOption[];
  convertedTo: string | null;
}) {
  const { setValues, pending } = useMeasureParams();
  const t = useNumberTexts(useTranslations("explore.controls"));
  return (
    <>
      <div className={styles.field}>
        <span className={styles.fieldLabel} id="unit-family-label">
          {t("unitFamily")}
        </span>
        <div className={styles.segmented} role="group" aria-labelledby="unit-family-label">
          {familyOptions.map((option) => (
            <button
              key={option.family}
              type="button"
              className="button"
              aria-pressed={option.family === family}
              data-family={option.family}
              onClick={() => void setValues({ family: option.family, unit: null })}
            >
              {option.label} <span aria-hidden="true">({option.bars})</span>
              <span className="visually-hidden">{t("bars", { count: option.bars })}</span>
            </button>
          ))}
        </div>
      </div>
      {convertedTo ? (
        <div className={styles.field}>
          <span className={styles.fieldLabel}>{t("unit")}</span>
          <span>{t("converted", { unit: convertedTo })}</span>
        </div>
      ) : unitOptions.length > 1 ? (
        <div className={styles.field}>
          <span className={styles.fieldLabel} id="unit-label">
            {t("unit")}
          </span>
          <div className={styles.segmented} role="group" aria-labelledby="unit-label">
            {unitOptions.map((option) => (
              <button
                key={option.unit}
                type="button"
                className="button"
                aria-pressed={option.unit === unit}
                data-unit={option.unit}
                onClick={() => void setValues({ family, unit: option.unit })}
              >
                {option.label} <span aria-hidden="true">({option.bars})</span>
                <span className="visually-hidden">{t("bars", { count: option.bars })}</span>
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <p className={styles.pending} role="status" aria-live="polite">
        {pending ? t("updating") : ""}
      </p>
    </>
  );
}
