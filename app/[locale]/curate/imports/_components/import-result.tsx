import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { displayText, formatDuration, formatNumber } from "@/lib/format";
import type { StoredNotes } from "@/lib/import/report";
import type { ImportRunDto } from "@/lib/schemas/api/import-response";
import styles from "../imports.module.css";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ProblemTable } from "./problem-table";

// What a finished import did: the counts and the new version, the problems of a rejected file,
// or why the write failed. Rendered on the server once the run has finished.
export function ImportResult({ run }: { run: ImportRunDto }) {
  const t = useTranslations("pages.result");
  const report = run.report;
  if (run.status === "rejected")
    return (
      <section aria-labelledby="result-heading">
        <h2 id="result-heading">{t("rejected")}</h2>
        <p className="notice warn" role="status">
          {t("nothingWritten")}
        </p>
        {report?.kind === "problems" ? <ProblemTable problems={report.problems} total={report.total} /> : null}
        {report?.kind === "problems" ? <Warnings report={report} /> : null}
      </section>
    );
  if (run.status === "failed")
    return (
      <section aria-labelledby="result-heading">
        <h2 id="result-heading">{t("failed")}</h2>
        <p className="notice warn" role="status">
          {report?.kind === "failure" ? <span lang="en">{displayText(report.message)}</span> : t("didNotFinish")}
        </p>
      </section>
    );

  const summary = report?.kind === "summary" ? report : null;
  const checked = run.status === "checked";
  const heading = t(checked ? "dryRun" : run.status === "unchanged" ? "nothingToChange" : "applied");
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">{heading}</h2>
      <dl className={styles.stats} data-testid="import-summary">
        {(
          [
            [t("rowsRead"), run.rows.total],
            [t(checked ? "wouldAdd" : "added"), run.rows.added],
            [t(checked ? "wouldChange" : "changed"), run.rows.changed],
            [t("unchanged"), run.rows.unchanged],
            [t(checked ? "wouldRemove" : "removed"), run.rows.removed],
            [t("errors"), run.errorCount],
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
          {t.rich("version", {
            slug: run.dataset.slug,
            version: run.versionTo,
            was: run.versionFrom === null ? t("created") : t("wasVersion", { version: run.versionFrom }),
            code: (chunks) => <code>{chunks}</code>,
            strong: (chunks) => <strong>{chunks}</strong>,
            changelog: (chunks) => <Link href="/methodology#changelog">{chunks}</Link>,
            api: (chunks) => <a href={`/api/v1/datasets/${encodeURIComponent(run.dataset!.slug)}`}>{chunks}</a>,
          })}
        </p>
      ) : run.status === "unchanged" ? (
        <p>{t("keepsVersion")}</p>
      ) : null}
      {summary?.datasetCreated ? (
        <p className="notice">
          {t(checked ? "wouldCreate" : "createdDataset")}
          {t(summary.resources ? "asPackage" : "checkPlaceholders")}
        </p>
      ) : null}
      {summary?.resources ? <ResourceCounts resources={summary.resources} dryRun={checked} /> : null}
      {summary && summary.sourcesAdded.length > 0 ? <p>{t("sourcesAdded", { list: summary.sourcesAdded.map(displayText).join(", ") })}</p> : null}
      {summary && summary.actorsAdded.length > 0 ? <p>{t("actorsAdded", { list: summary.actorsAdded.map(displayText).join(", ") })}</p> : null}
      {summary ? <p className="muted">{t("took", { duration: formatDuration(summary.seconds) })}</p> : null}
      {summary ? <Warnings report={summary} /> : null}
    </section>
  );
}

/** The file's warnings (suspicious but legal input), and its delimiter when it is not a comma. */
function Warnings({ report }: { report: StoredNotes }) {
  const t = useTranslations("pages.result");
  const { warnings, delimiter } = report;
  return (
    <>
      {delimiter && delimiter !== "comma" ? <p data-testid="import-delimiter">{t("delimiter", { delimiter })}</p> : null}
      {warnings && warnings.total > 0 ? (
        <>
          <p className="notice" role="status">
            {t("warnings")}
          </p>
          <ProblemTable problems={warnings.listed} total={warnings.total} noun="warning" />
        </>
      ) : null}
    </>
  );
}

/** A data package's other tables: what the import did to each. */
function ResourceCounts({ resources, dryRun }: { resources: Record<string, { added: number; changed: number; unchanged: number; removed: number }>; dryRun: boolean }) {
  const t = useTranslations("pages.result");
  const count = (label: string) => ({ label: t(label), numeric: true });
  return (
    <SimpleTable
      caption={t(dryRun ? "packageTablesWould" : "packageTables")}
      columns={[t("table"), count("added"), count("changed"), count("unchanged"), count("removed")]}
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
