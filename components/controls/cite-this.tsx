"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import {
  datasetCitation,
  figureCitations,
  type Citation,
  type DatasetCiteInput,
  type FigureCiteInput,
} from "@/lib/export/citations";
import { datasetPath, figurePath } from "@/lib/export/share-links";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { CopyButton } from "./copy-button";
import styles from "./share.module.css";

// "Cite this": a button that opens a dialog with APA and BibTeX references, each with a copy
// button. The references are built when the dialog opens, so the access date is the visitor's
// today and the URLs are this site's. A native modal <dialog>: focus moves into it, Tab stays in
// it, Escape closes it, and focus returns to the button. The dialog is rendered into <body> once
// the page runs (it is useless without script), so the button may sit inside a paragraph.
// The references are in the page's language, and link to the page's language version.

export type CiteSubject =
  | { kind: "dataset"; dataset: Omit<DatasetCiteInput, "url"> }
  | { kind: "figure"; figure: Omit<FigureCiteInput, "permalink" | "dataset"> & { dataset: Omit<DatasetCiteInput, "url"> } };

function build(subject: CiteSubject, t: Translate, locale: string): Citation[] {
  // English keeps the bare addresses; another language's pages live under its prefix.
  const origin = locale === DEFAULT_LOCALE ? window.location.origin : `${window.location.origin}/${locale}`;
  const today = new Date();
  if (subject.kind === "dataset") return [datasetCitation({ ...subject.dataset, url: `${origin}${datasetPath(subject.dataset.slug)}` }, today, t)];
  const { figure } = subject;
  const dataset = { ...figure.dataset, url: `${origin}${datasetPath(figure.dataset.slug)}` };
  return figureCitations({ ...figure, permalink: `${origin}${figurePath(figure.dataset.slug, figure.key)}`, dataset }, today, t);
}

const noSubscription = () => () => undefined;

export function CiteThis({ subject, label }: { subject: CiteSubject; label?: string }) {
  const t = useTranslations("citation");
  const locale = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [citations, setCitations] = useState<Citation[]>([]);
  const headingId = `cite-heading-${subject.kind}`;
  // False on the server and during hydration, true after: the portal target exists only then.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);

  function open() {
    setCitations(build(subject, t, locale));
    dialogRef.current?.showModal();
  }

  function close() {
    dialogRef.current?.close();
  }

  return (
    <>
      <button ref={openerRef} type="button" className="button" onClick={open} aria-haspopup="dialog" data-cite-open={subject.kind}>
        {label ?? t("open")}
      </button>
      {mounted
        ? createPortal(
            <dialog ref={dialogRef} className={styles.dialog} aria-labelledby={headingId} onClose={() => openerRef.current?.focus()} data-cite-dialog={subject.kind}>
              <div className={styles.dialogBody}>
                <div className={styles.dialogHeader}>
                  <h2 id={headingId} className={styles.dialogTitle}>
                    {subject.kind === "dataset" ? t("titleDataset") : t("titleFigure")}
                  </h2>
                  <button type="button" className="button" onClick={close} autoFocus>
                    {t("close")}
                  </button>
                </div>
                <p className={`muted ${styles.dialogIntro}`}>
                  {t("intro")}
                </p>
                {citations.map((citation) => (
                  <section key={citation.id} className={styles.citation} aria-labelledby={`cite-${subject.kind}-${citation.id}`} data-citation={citation.id}>
                    <h3 id={`cite-${subject.kind}-${citation.id}`}>{citation.heading}</h3>
                    <p className={styles.format}>APA</p>
                    <p className={styles.reference} data-format="apa">
                      {citation.apa}
                    </p>
                    <CopyButton label={t("copyApa")} getText={() => citation.apa} copied={t("copiedApa")} />
                    <p className={styles.format}>BibTeX</p>
                    <pre className={`${styles.reference} ${styles.bibtex}`} data-format="bibtex" tabIndex={0} aria-label={t("bibtexFor", { heading: citation.heading })}>
                      {citation.bibtex}
                    </pre>
                    <CopyButton label={t("copyBibtex")} getText={() => citation.bibtex} copied={t("copiedBibtex")} />
                    {citation.note ? <p className={`muted ${styles.citationNote}`}>{citation.note}</p> : null}
                  </section>
                ))}
              </div>
            </dialog>,
            document.body,
          )
        : null}
    </>
  );
}
