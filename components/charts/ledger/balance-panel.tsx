import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import type { BalanceData } from "@/lib/charts/ledger/balance";
import type { ChartResult } from "@/lib/charts/chart-types";
import { useFormat } from "@/lib/i18n/use-format";
import { DIRECTION_COLORS } from "../direction-colors";
import styles from "./balance-panel.module.css";

// The balance under the ledger: per direction, the figures on the chosen axis and, only where that
// is honest, their sum with its combined qualifier. Inconsistent figures are listed as left out.

export function BalancePanel({ balance }: { balance: ChartResult<BalanceData> }) {
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <section className={styles.panel} aria-labelledby="balance-title" data-balance>
      <h3 id="balance-title" className={styles.title}>
        {t("balance.title")}
      </h3>
      {!balance.ok ? (
        <p className="muted" data-balance-empty>
          {balance.reason}
        </p>
      ) : (
        <>
          <div className={styles.columns}>
            {balance.data.sides.map((side) => (
              <BalanceSide key={side.direction} side={side} />
            ))}
          </div>
          <p className={styles.note}>{t("balance.notNetted")}</p>
        </>
      )}
    </section>
  );
}

function BalanceSide({ side }: { side: BalanceData["sides"][number] }) {
  const t = useNumberTexts(useTranslations("charts"));
  const fmt = useFormat();
  return (
              <div className={styles.side} data-balance-side={side.direction} style={{ borderColor: DIRECTION_COLORS[side.direction] }}>
                <h4 className={styles.sideTitle}>{side.label}</h4>
                {side.included.length === 0 ? (
                  <p className="muted">{t("balance.nothing")}</p>
                ) : (
                  <ul className={styles.list}>
                    {side.included.map((item) => (
                      <li key={item.id}>
                        <Link href={item.href}>{item.label}</Link>: <strong>{item.valueText}</strong> <span className="muted">({item.periodText})</span>
                      </li>
                    ))}
                  </ul>
                )}
                {side.includedCount > side.included.length ? (
                  <p className={styles.note} data-balance-more>
                    {t("balance.largestListed", { shown: side.included.length, total: side.includedCount })}
                  </p>
                ) : null}
                {side.sum ? (
                  <p className={styles.sum} data-balance-sum={side.sum.qualifier} data-derived={side.sum.derived ? "true" : "false"}>
                    {t(side.includedCount > 1 ? "balance.sum" : "balance.total")} <strong>{side.sum.text}</strong>
                    {side.includedCount > 1 ? <span className="muted"> ({side.sum.summary})</span> : null}
                    {side.years ? <span className="muted"> · {fmt.formatYearSpan(side.years.from, side.years.to)}</span> : null}
                  </p>
                ) : null}
                {side.periodNote ? <p className={styles.note}>{side.periodNote}</p> : null}
                {side.caveat ? <p className={styles.note}>{side.caveat}</p> : null}
                {side.excluded.length > 0 ? (
                  <div className={styles.excluded} data-balance-excluded>
                    <p className={styles.note}>{t("balance.leftOut", { reason: side.excluded[0]!.reason ?? "" })}</p>
                    <ul className={styles.list}>
                      {side.excluded.map((item) => (
                        <li key={item.id}>
                          <Link href={item.href}>{item.label}</Link>: {item.valueText}
                        </li>
                      ))}
                    </ul>
                    {side.excludedCount > side.excluded.length ? (
                      <p className={styles.note}>{t("balance.more", { count: side.excludedCount - side.excluded.length })}</p>
                    ) : null}
                  </div>
                ) : null}
              </div>
  );
}
