import { useTranslations } from "next-intl";
import { splitPhraseAtValue } from "@/lib/views/figure/phrase-highlight";
import type { Translate } from "@/lib/i18n/translate";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { useVocab } from "@/lib/i18n/use-vocab";
import { PROVENANCE } from "@/lib/vocab/provenance";
import styles from "./figure-page.module.css";

// Where the figure comes from: the source, then where in it, as fits the source: the section and
// the words it is stated in (with the printed value marked), a table's cell, or a page or address;
// and the work the source itself cites for it.
export function Provenance({ figure }: { figure: FigureDetailDto }) {
  const t = useTranslations("figure.provenance");
  const tFigure = useTranslations("figure");
  const vocab = useVocab();
  const kind = Object.hasOwn(PROVENANCE, figure.provenance) ? vocab.provenance(figure.provenance) : null;
  return (
    <section className={styles.section} aria-labelledby="provenance-heading" data-testid="provenance" data-provenance={figure.provenance}>
      <h2 id="provenance-heading">{t("heading")}</h2>
      <dl className={styles.facts}>
        <dt>{t("source")}</dt>
        <dd data-testid="source-citation">
          {figure.source.citation}
          {figure.source.url ? (
            <>
              {" "}
              <a href={figure.source.url} rel="noreferrer">
                {t("link")}
              </a>
            </>
          ) : null}
        </dd>
        {kind ? (
          <>
            <dt>{t("foundIn")}</dt>
            <dd data-testid="provenance-kind">{kind}</dd>
          </>
        ) : null}
        {figure.section !== null ? (
          <>
            <dt>{t("section")}</dt>
            <dd data-testid="source-section">{tFigure("quote", { text: figure.section })}</dd>
          </>
        ) : null}
        {figure.phrase !== null ? <Phrase phrase={figure.phrase} printed={figure.valuePrinted} t={t} /> : null}
        {figure.cell ? (
          <>
            <dt>{t("cell")}</dt>
            <dd data-testid="cell">
              {t("cellText", { table: figure.cell.table, row: figure.cell.row, column: figure.cell.column })}
            </dd>
          </>
        ) : null}
        {figure.locator !== null ? (
          <>
            <dt>{t("locator")}</dt>
            <dd data-testid="locator">
              {/^https?:\/\//i.test(figure.locator) ? (
                <a href={figure.locator} rel="noreferrer">
                  {figure.locator}
                </a>
              ) : (
                figure.locator
              )}
            </dd>
          </>
        ) : null}
        <dt>{t("cited")}</dt>
        <dd data-testid="cited-reference">
          {figure.citedRef || figure.citedSource ? (
            <>
              {figure.citedRef ? t("citesRef", { ref: figure.citedRef }) : null}
              {figure.citedSource ? (
                <div>
                  {figure.citedSource.citation}
                  {figure.citedSource.url ? (
                    <>
                      {" "}
                      <a href={figure.citedSource.url} rel="noreferrer">
                        {t("link")}
                      </a>
                    </>
                  ) : null}
                </div>
              ) : null}
            </>
          ) : (
            <span className="muted">{t("citesNothing")}</span>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** The words that state the figure, with the printed value marked when it is among them. */
function Phrase({ phrase, printed, t }: { phrase: string; printed: string; t: Translate }) {
  const parts = splitPhraseAtValue(phrase, printed);
  return (
    <>
      <dt>{t("phrase")}</dt>
      <dd>
        <blockquote className={styles.quote} data-testid="phrase">
          {parts ? (
            <>
              {parts.before}
              <mark>{parts.match}</mark>
              {parts.after}
            </>
          ) : (
            phrase
          )}
        </blockquote>
        <span className="muted">
          {t("verbatim")}
          {parts ? t("highlighted") : ""}
        </span>
      </dd>
    </>
  );
}
