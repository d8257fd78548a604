"use client";

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
import { CopyButton } from "./copy-button";
import styles from "./share.module.css";

// "Cite this": a button that opens a dialog with APA and BibTeX references, each with a copy
// button. The references are built when the dialog opens, so the access date is the visitor's
// today and the URLs are this site's. A native modal <dialog>: focus moves into it, Tab stays in
// it, Escape closes it, and focus returns to the button. The dialog is rendered into <body> once
// the page runs (it is useless without script), so the button may sit inside a paragraph.

export type CiteSubject =
  | { kind: "dataset"; dataset: Omit<DatasetCiteInput, "url"> }
  | { kind: "figure"; figure: Omit<FigureCiteInput, "permalink" | "dataset"> & { dataset: Omit<DatasetCiteInput, "url"> } };

function build(subject: CiteSubject): Citation[] {
  const origin = window.location.origin;
  const today = new Date();
  if (subject.kind === "dataset") return [datasetCitation({ ...subject.dataset, url: `${origin}${datasetPath(subject.dataset.slug)}` }, today)];
  const { figure } = subject;
  const dataset = { ...figure.dataset, url: `${origin}${datasetPath(figure.dataset.slug)}` };
  return figureCitations({ ...figure, permalink: `${origin}${figurePath(figure.dataset.slug, figure.key)}`, dataset }, today);
}

const noSubscription = () => () => undefined;

export function CiteThis({ subject, label = "Cite this" }: { subject: CiteSubject; label?: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [citations, setCitations] = useState<Citation[]>([]);
  const headingId = `cite-heading-${subject.kind}`;
  // False on the server and during hydration, true after: the portal target exists only then.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);

  function open() {
    setCitations(build(subject));
    dialogRef.current?.showModal();
  }

  function close() {
    dialogRef.current?.close();
  }

  return (
    <>
      <button ref={openerRef} type="button" className="button" onClick={open} aria-haspopup="dialog" data-cite-open={subject.kind}>
        {label}
      </button>
      {mounted
        ? createPortal(
            <dialog ref={dialogRef} className={styles.dialog} aria-labelledby={headingId} onClose={() => openerRef.current?.focus()} data-cite-dialog={subject.kind}>
              <div className={styles.dialogBody}>
                <div className={styles.dialogHeader}>
                  <h2 id={headingId} className={styles.dialogTitle}>
                    {subject.kind === "dataset" ? "Cite this dataset" : "Cite this figure"}
                  </h2>
                  <button type="button" className="button" onClick={close} autoFocus>
                    Close
                  </button>
                </div>
                <p className={`muted ${styles.dialogIntro}`}>
                  APA (7th edition) and BibTeX, with today as the access date. Cite the version you used: the data may change in later versions.
                </p>
                {citations.map((citation) => (
                  <section key={citation.id} className={styles.citation} aria-labelledby={`cite-${subject.kind}-${citation.id}`} data-citation={citation.id}>
                    <h3 id={`cite-${subject.kind}-${citation.id}`}>{citation.heading}</h3>
                    <p className={styles.format}>APA</p>
                    <p className={styles.reference} data-format="apa">
                      {citation.apa}
                    </p>
                    <CopyButton label="Copy APA" getText={() => citation.apa} copied="APA reference copied." />
                    <p className={styles.format}>BibTeX</p>
                    <pre className={`${styles.reference} ${styles.bibtex}`} data-format="bibtex" tabIndex={0} aria-label={`BibTeX for ${citation.heading}`}>
                      {citation.bibtex}
                    </pre>
                    <CopyButton label="Copy BibTeX" getText={() => citation.bibtex} copied="BibTeX copied." />
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
