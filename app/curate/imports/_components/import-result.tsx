import Link from "next/link";
import { displayText, formatDuration, formatNumber } from "@/lib/format";
import type { StoredNotes } from "@/lib/import/report";
import type { ImportRunDto } from "@/lib/schemas/api/import-response";
import styles from "../imports.module.css";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ProblemTable } from "./problem-table";

// What a finished import did: the counts and the new version, the problems of a rejected file,
// or why the write failed. Rendered on the server once the run has finished.
export function ImportResult({ run }: { run: ImportRunDto }) {
  const report = run.report;
  if (run.status === "rejected")
    return (
      <section aria-labelledby="result-heading">
        <h2 id="result-heading">The file was rejected</h2>
        <p className="notice warn" role="status">
          Nothing was written. Fix the problems below in the file and upload it again.
        </p>
        {report?.kind === "problems" ? <ProblemTable problems={report.problems} total={report.total} /> : null}
        {report?.kind === "problems" ? <Warnings report={report} /> : null}
      </section>
    );
  if (run.status === "failed")
    return (
      <section aria-labelledby="result-heading">
        <h2 id="result-heading">The import failed</h2>
        <p className="notice warn" role="status">
          {report?.kind === "failure" ? displayText(report.message) : "The import did not finish. Nothing of it was written."}
        </p>
      </section>
    );

  const summary = report?.kind === "summary" ? report : null;
  const heading =
    run.status === "checked" ? "Dry run: nothing was written" : run.status === "unchanged" ? "Nothing to change" : "The import was applied";
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">{heading}</h2>
      <dl className={styles.stats} data-testid="import-summary">
        {(
          [
            ["Rows read", run.rows.total],
            [run.status === "checked" ? "Would be added" : "Added", run.rows.added],
            [run.status === "checked" ? "Would change" : "Changed", run.rows.changed],
            ["Unchanged", run.rows.unchanged],
            [run.status === "checked" ? "Would be removed" : "Removed", run.rows.removed],
            ["Errors", run.errorCount],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className={styles.stat}>
            <dt>{label}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {run.versionTo !== null && run.dataset ? (
        <p data-testid="import-version">
          Dataset <code>{run.dataset.slug}</code> is now at <strong>version {run.versionTo}</strong>
          {run.versionFrom === null ? " (created by this import)" : ` (was version ${run.versionFrom})`}. The change is in the{" "}
          <Link href="/methodology#changelog">changelog</Link> and in the{" "}
          <a href={`/api/v1/datasets/${encodeURIComponent(run.dataset.slug)}`}>dataset&apos;s API record</a>.
        </p>
      ) : run.status === "unchanged" ? (
        <p>Every row matched the stored figures, so the dataset keeps its version.</p>
      ) : null}
      {summary?.datasetCreated ? (
        <p className="notice">
          {run.status === "checked" ? "This import would create" : "This import created"} the dataset
          {summary.resources
            ? " as its data package describes it."
            : ": check its title, description, licence and citation before publishing (what the upload did not give is a placeholder)."}
        </p>
      ) : null}
      {summary?.resources ? <ResourceCounts resources={summary.resources} dryRun={run.status === "checked"} /> : null}
      {summary && summary.sourcesAdded.length > 0 ? <p>Sources added: {summary.sourcesAdded.map(displayText).join(", ")}.</p> : null}
      {summary && summary.actorsAdded.length > 0 ? <p>Actors added: {summary.actorsAdded.map(displayText).join(", ")}.</p> : null}
      {summary ? <p className="muted">Took {formatDuration(summary.seconds)}.</p> : null}
      {summary ? <Warnings report={summary} /> : null}
    </section>
  );
}

const DELIMITER_NAMES = { comma: "commas", semicolon: "semicolons", tab: "tabs" } as const;

/** The file's warnings (suspicious but legal input), and its delimiter when it is not a comma. */
function Warnings({ report }: { report: StoredNotes }) {
  const { warnings, delimiter } = report;
  return (
    <>
      {delimiter && delimiter !== "comma" ? <p data-testid="import-delimiter">The file is separated by {DELIMITER_NAMES[delimiter]}; it was read as such.</p> : null}
      {warnings && warnings.total > 0 ? (
        <>
          <p className="notice" role="status">
            Warnings: legal but suspicious input. Check these rows; upload with &ldquo;Strict&rdquo; to refuse such a file.
          </p>
          <ProblemTable problems={warnings.listed} total={warnings.total} noun="warning" />
        </>
      ) : null}
    </>
  );
}

/** A data package's other tables: what the import did to each. */
function ResourceCounts({ resources, dryRun }: { resources: Record<string, { added: number; changed: number; unchanged: number; removed: number }>; dryRun: boolean }) {
  return (
    <SimpleTable
      caption={dryRun ? "The package's other tables: what the import would do" : "The package's other tables"}
      columns={["Table", { label: "Added", numeric: true }, { label: "Changed", numeric: true }, { label: "Unchanged", numeric: true }, { label: "Removed", numeric: true }]}
      data-testid="import-resources"
    >
      {Object.entries(resources).map(([name, counts]) => (
        <tr key={name}>
          <RowHeader>{name.replace(/_/g, " ")}</RowHeader>
          {[counts.added, counts.changed, counts.unchanged, counts.removed].map((count, index) => (
            <Cell key={index} numeric>
              {formatNumber(count)}
            </Cell>
          ))}
        </tr>
      ))}
    </SimpleTable>
  );
}
