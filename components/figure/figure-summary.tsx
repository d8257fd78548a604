import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { isLocale } from "@/lib/i18n/locales";
import { getFormat } from "@/lib/i18n/get-format";
import { localActorName, type ActorNames } from "@/lib/views/figure/actor-names";
import { localUnitLabel } from "@/lib/views/list/unit-label";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { getVocab } from "@/lib/i18n/get-vocab";
import styles from "./figure-page.module.css";

// The figure at a glance: the value with its qualifier and unit, the printed text, and what the
// value describes (period, direction, category, kind). Actors are named in the page's language.

export async function FigureSummary({ figure }: { figure: FigureDetailDto }) {
  const [t, fmt, vocab, locale, dataset] = await Promise.all([
    getTranslations("figure.summary"),
    getFormat(),
    getVocab(),
    getLocale(),
    getDatasetExportInfo(figure.dataset),
  ]);
  const names: ActorNames = dataset?.meta.actorNames;
  const actorText = (actor: FigureDetailDto["from"]) =>
    actor ? `${isLocale(locale) ? localActorName(actor, locale, names) : actor.name} (${actor.code})` : t("notNamed");
  const basis = vocab.basis(figure.unit, figure);
  const printed = { printed: figure.valuePrinted, q: (chunks: ReactNode) => <q data-testid="value-printed">{chunks}</q> };
  return (
    <div className={styles.headline}>
      <div className="card">
        <p className={styles.value} data-testid="figure-value">
          {fmt.formatValue(figure)}
        </p>
        <p className={styles.printed}>
          {figure.qualifier === "exact"
            ? t.rich("printedAs", printed)
            : t.rich("printedAsQualified", { ...printed, qualifier: vocab.qualifier(figure.qualifier) })}
        </p>
        {figure.derived ? (
          <div className={`notice warn ${styles.derivation}`} data-testid="derivation">
            <strong>{t("derivedTitle")}</strong> {t("derivedText")}{" "}
            {figure.derivation ? t("derivedHow", { derivation: figure.derivation }) : null}
          </div>
        ) : null}
      </div>
      <dl className={`card ${styles.facts}`}>
        <dt>{t("qualifier")}</dt>
        <dd>{vocab.qualifier(figure.qualifier)}</dd>
        <dt>{t("unit")}</dt>
        <dd>
          {localUnitLabel(figure.unit, figure.unitInfo.label, fmt.locale)} <span className="muted">({figure.unit})</span>
          {basis ? <div className="muted">{basis}</div> : null}
        </dd>
        <dt>{t("period")}</dt>
        <dd data-testid="figure-period">
          {fmt.formatPeriod(figure.period)}
          {figure.period.status !== "unknown" || figure.period.text ? (
            <div className="muted">
              {vocab.periodStatus(figure.period.status)}
              {figure.period.text ? t("periodWords", { text: figure.period.text }) : null}
            </div>
          ) : (
            <div className="muted">{t("noPeriod")}</div>
          )}
        </dd>
        <dt>{t("direction")}</dt>
        <dd data-testid="figure-direction">
          {figure.from || figure.to ? (
            <>
              {actorText(figure.from)} <span aria-label={t("to")}>→</span> {actorText(figure.to)}
            </>
          ) : (
            <span className="muted">{t("noDirection")}</span>
          )}
        </dd>
        <dt>{t("category")}</dt>
        <dd>{vocab.category(figure.category)}</dd>
        <dt>{t("kind")}</dt>
        <dd>{vocab.kind(figure.kind)}</dd>
      </dl>
    </div>
  );
}
