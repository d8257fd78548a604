import { splitPhraseAtValue } from "@/lib/views/figure/phrase-highlight";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import styles from "./figure-page.module.css";

// Where the figure comes from: the source, the section, the words it is stated in (with the
// printed value marked), and the work the source itself cites for it.
export function Provenance({ figure }: { figure: FigureDetailDto }) {
  const parts = splitPhraseAtValue(figure.phrase, figure.valuePrinted);
  return (
    <section className={styles.section} aria-labelledby="provenance-heading" data-testid="provenance">
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
        <dt>Section</dt>
        <dd data-testid="source-section">“{figure.section}”</dd>
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
              figure.phrase
            )}
          </blockquote>
          <span className="muted">
            Verbatim, at most 12 words.{parts ? " The printed value is highlighted." : ""}
          </span>
        </dd>
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
