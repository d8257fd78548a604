import { useTranslations } from "next-intl";
import { useVocab } from "@/lib/i18n/use-vocab";
import type { FigureDetailDto } from "@/lib/schemas/api/figure-response";
import styles from "./figure-page.module.css";

// Flags and notes in plain words: what each flag means for this figure, and the curator's notes.
export function FlagsAndNotes({ figure }: { figure: FigureDetailDto }) {
  const t = useTranslations("figure.flags");
  const vocab = useVocab();
  return (
    <section className={styles.section} aria-labelledby="flags-heading" data-testid="flags-notes">
      <h2 id="flags-heading">{t("heading")}</h2>
      {figure.flags.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className={styles.flagList}>
          {figure.flags.map((code) => {
            const info = vocab.flagInfo(code);
            return (
              <li key={code} data-flag={code}>
                <span>
                  <span className={`badge${info.warn ? " warn" : ""}`}>{info.label}</span>
                </span>
                <span>{info.explanation}</span>
              </li>
            );
          })}
        </ul>
      )}
      {figure.notes ? (
        <>
          <h3 className={styles.notesHeading}>{t("notes")}</h3>
          <p data-testid="figure-notes" className={styles.notes}>
            {figure.notes}
          </p>
        </>
      ) : null}
    </section>
  );
}
