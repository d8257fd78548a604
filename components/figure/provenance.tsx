import { splitPhraseAtValue } from "@/lib/views/figure/phrase-highlight";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import { PROVENANCE, type ProvenanceKind } from "@/lib/vocab/provenance";
import styles from "./figure-page.module.css";

// Where the figure comes from: the source, then where in it, as fits the source: the section and
// the words it is stated in (with the printed value marked), a table's cell, or a page or address;
// and the work the source itself cites for it.
export function Provenance({ figure }: { figure: FigureDetailDto }) {
  const kind = PROVENANCE[figure.provenance as ProvenanceKind];
  return (
    <section className={styles.section} aria-labelledby="provenance-heading" data-testid="provenance" data-provenance={figure.provenance}>
      <h2 id="provenance-heading">Provenance</h2>
      <dl className={styles.facts}>
        <dt>Source</dt>
        <dd data-testid="source-citation">
          {figure.source.citation}
          {figure.source.url ? (
            <>
              {" "}
              <a href={figure.source.url} rel="noreferrer">
                Link
              </a>
            </>
          ) : null}
        </dd>
        {kind ? (
          <>
            <dt>Found in</dt>
            <dd data-testid="provenance-kind">{kind.label}</dd>
          </>
        ) : null}
        {figure.section !== null ? (
          <>
            <dt>Section</dt>
            <dd data-testid="source-section">“{figure.section}”</dd>
          </>
        ) : null}
        {figure.phrase !== null ? <Phrase phrase={figure.phrase} printed={figure.valuePrinted} /> : null}
        {figure.cell ? (
          <>
            <dt>Table cell</dt>
            <dd data-testid="cell">
              Table “{figure.cell.table}”, row “{figure.cell.row}”, column “{figure.cell.column}”
            </dd>
          </>
        ) : null}
        {figure.locator !== null ? (
          <>
            <dt>Page or address</dt>
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
        <dt>Cited by the source</dt>
        <dd data-testid="cited-reference">
          {figure.citedRef || figure.citedSource ? (
            <>
              {figure.citedRef ? <>The source cites “{figure.citedRef}”.</> : null}
              {figure.citedSource ? (
                <div>
                  {figure.citedSource.citation}
                  {figure.citedSource.url ? (
                    <>
                      {" "}
                      <a href={figure.citedSource.url} rel="noreferrer">
                        Link
                      </a>
                    </>
                  ) : null}
                </div>
              ) : null}
            </>
          ) : (
            <span className="muted">The source cites no reference for this figure.</span>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** The words that state the figure, with the printed value marked when it is among them. */
function Phrase({ phrase, printed }: { phrase: string; printed: string }) {
  const parts = splitPhraseAtValue(phrase, printed);
  return (
    <>
      <dt>The source’s words</dt>
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
        <span className="muted">Verbatim, at most 12 words.{parts ? " The printed value is highlighted." : ""}</span>
      </dd>
    </>
  );
}
