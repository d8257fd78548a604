import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCuratorFromCookies } from "@/lib/security/session";
import { listDatasetSlugs } from "@/lib/data/datasets/list";
import { listImportRuns } from "@/lib/data/imports";
import { publicBaseUrl } from "@/lib/env";
import { EXPORT_ONLY_COLUMNS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from "@/lib/import/columns";
import { PLAIN_TABLE_COLUMNS } from "@/lib/import/defaults/plain-table";
import { uploadLimits } from "@/lib/import/uploads";
import { ImportHistory } from "./_components/import-history";
import { UploadForm } from "./_components/upload-form";
import styles from "./imports.module.css";

export const metadata: Metadata = { title: "Import figures", robots: { index: false } };
export const dynamic = "force-dynamic";

// /curate/imports: upload a CSV of figures or a data package, and the history of every import.
export default async function ImportsPage() {
  if (!(await getCuratorFromCookies())) redirect("/login?next=/curate/imports");
  const [datasets, runs] = await Promise.all([listDatasetSlugs(), listImportRuns({ baseUrl: publicBaseUrl() })]);
  const maxMegabytes = Math.floor(uploadLimits().maxBytes / 1024 / 1024);

  return (
    <div className="page">
      <h1>Import figures from CSV or a data package</h1>
      <p className="lede">
        The whole file is checked before anything is written; a file with any problem is rejected with a list of every problem, and a
        valid file is applied in one transaction. Rows are matched on their <code>key</code>, so importing the same file twice changes
        nothing. Every import that changes something gives the dataset a new version and a changelog entry.
      </p>

      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload</h2>
        <UploadForm datasets={datasets.map(({ slug, title }) => ({ slug, title }))} maxMegabytes={maxMegabytes} />
      </section>

      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading">Columns</h2>
        <p>
          The columns are those of the figures CSV export, so the easiest start is an export:{" "}
          {datasets.map((dataset, index) => (
            <span key={dataset.slug}>
              {index > 0 ? ", " : ""}
              <a href={`/api/v1/figures?format=csv&bom=true&dataset=${encodeURIComponent(dataset.slug)}`} download>
                {dataset.slug}.csv
              </a>
            </span>
          ))}
          .
        </p>
        <p>Required, never empty:</p>
        <ul className={styles.columns}>
          {REQUIRED_COLUMNS.map((column) => (
            <li key={column}>
              <code>{column}</code>
            </li>
          ))}
        </ul>
        <p>Optional (leave out or leave empty):</p>
        <ul className={styles.columns}>
          {OPTIONAL_COLUMNS.map((column) => (
            <li key={column}>
              <code>{column}</code>
            </li>
          ))}
        </ul>
        <p>
          Written by the export and ignored here:{" "}
          {EXPORT_ONLY_COLUMNS.map((column, index) => (
            <span key={column}>
              {index > 0 ? ", " : ""}
              <code>{column}</code>
            </span>
          ))}
          .
          Numbers are plain digits (<code>1816000000</code>, not <code>1,816</code> or <code>1.8e9</code>); periods are{" "}
          <code>YYYY</code>, <code>YYYY-MM</code> or <code>YYYY-MM-DD</code>; codes come from the vocabularies on the methodology page;
          an actor is an ISO 3166-1 alpha-3 country code or one the database has; a new source is added when a row gives its full reference in{" "}
          <code>source_citation</code>. Text that starts with <code>= + - @</code> needs a leading apostrophe, as the export writes it.
        </p>
      </section>

      <section aria-labelledby="plain-heading">
        <h2 id="plain-heading">A plain table</h2>
        <p>
          A CSV without a <code>key</code> column is read as a plain table of flows. It needs only{" "}
          {PLAIN_TABLE_COLUMNS.map((column, index) => (
            <span key={column}>
              {index > 0 ? ", " : ""}
              <code>{column}</code>
            </span>
          ))}
          , and a source: a <code>source</code> column with <code>source_citation</code>, or the source field above for every row that names
          none. Every other column may be left out or left empty and gets an honest default: the key is made of the actors, category, kind,
          unit and period; the label names the actors, the unit and the period (&ldquo;USA → FRA, US dollars, 1948–1952&rdquo;); the printed
          value is the value cell as written; the qualifier is <code>exact</code>; the period ends where it starts; the category, the kind
          and a currency&apos;s price basis are <code>not_stated</code>; and the provenance is the source as a whole. Any ISO 3166-1 alpha-3
          country code is known.
        </p>
      </section>

      <section aria-labelledby="package-heading">
        <h2 id="package-heading">A data package</h2>
        <p>
          The <code>.zip</code> a dataset&apos;s download offers (<code>/api/v1/datasets/&lt;slug&gt;/datapackage.zip</code>) imports as it
          is: its figures, events, actors, sources, phases, changelog, conversion rates and the dataset&apos;s metadata. A new dataset is
          created as the package describes it; an existing one gets what differs, with a new version. Every problem names its file, row and
          column. On the command line a <code>datapackage.json</code> beside its CSV files imports the same way.
        </p>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ImportHistory runs={runs} />
      </section>
    </div>
  );
}
