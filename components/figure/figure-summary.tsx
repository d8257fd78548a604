import { categoryLabel, kindLabel, periodStatusLabel, qualifierLabel } from "@/lib/vocab/labels";
import { formatPeriod, formatValue } from "@/lib/format";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { basisLabel } from "@/lib/vocab/basis";
import styles from "./figure-page.module.css";

// The figure at a glance: the value with its qualifier and unit, the printed text, and what the
// value describes (period, direction, category, kind).

function actorText(actor: FigureDetailDto["from"]): string {
  return actor ? `${actor.name} (${actor.code})` : "not named";
}

export function FigureSummary({ figure }: { figure: FigureDetailDto }) {
  const basis = basisLabel(figure.unit, figure);
  return (
    <div className={styles.headline}>
      <div className="card">
        <p className={styles.value} data-testid="figure-value">
          {formatValue(figure)}
        </p>
        <p className={styles.printed}>
          Printed as <q data-testid="value-printed">{figure.valuePrinted}</q>
          {figure.qualifier !== "exact" ? <>, qualified “{qualifierLabel(figure.qualifier)}”</> : null}.
        </p>
        {figure.derived ? (
          <div className={`notice warn ${styles.derivation}`} data-testid="derivation">
            <strong>Derived figure.</strong> The source does not print this number; it follows from the text.{" "}
            {figure.derivation ? <>How: {figure.derivation}</> : null}
          </div>
        ) : null}
      </div>
      <dl className={`card ${styles.facts}`}>
        <dt>Qualifier</dt>
        <dd>{qualifierLabel(figure.qualifier)}</dd>
        <dt>Unit</dt>
        <dd>
          {figure.unitInfo.label} <span className="muted">({figure.unit})</span>
          {basis ? <div className="muted">{basis}</div> : null}
        </dd>
        <dt>Period</dt>
        <dd data-testid="figure-period">
          {formatPeriod(figure.period)}
          {figure.period.status !== "unknown" || figure.period.text ? (
            <div className="muted">
              {periodStatusLabel(figure.period.status)}
              {figure.period.text ? <>; in the source’s words: “{figure.period.text}”</> : null}
            </div>
          ) : (
            <div className="muted">The source gives no period, and none is guessed.</div>
          )}
        </dd>
        <dt>Direction</dt>
        <dd data-testid="figure-direction">
          {figure.from || figure.to ? (
            <>
              {actorText(figure.from)} <span aria-label="to">→</span> {actorText(figure.to)}
            </>
          ) : (
            <span className="muted">No sender or recipient (e.g. a treaty term)</span>
          )}
        </dd>
        <dt>Category</dt>
        <dd>{categoryLabel(figure.category)}</dd>
        <dt>Kind</dt>
        <dd>{kindLabel(figure.kind)}</dd>
      </dl>
    </div>
  );
}
