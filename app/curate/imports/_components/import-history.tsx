import Link from "next/link";
import { displayText, formatNumber, formatTimestamp } from "@/lib/format";
import type { ImportRunDto } from "@/lib/schemas/api/import-response";
import { StatusBadge } from "./status-badge";

// Every import, newest first: who ran it, when, on which file (with its sha256), and what it did.
export function ImportHistory({ runs }: { runs: ImportRunDto[] }) {
  if (runs.length === 0) return <p className="notice">No import has been run yet.</p>;
  return (
    <div className="table-scroll">
      <table className="ref-table" data-testid="import-history">
        <caption>The latest {formatNumber(runs.length)} imports</caption>
        <thead>
          <tr>
            <th scope="col">Import</th>
            <th scope="col">Started</th>
            <th scope="col">By</th>
            <th scope="col">File</th>
            <th scope="col">Dataset</th>
            <th scope="col">Status</th>
            <th scope="col">Added / changed / removed</th>
            <th scope="col">Errors</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>
                <Link href={`/curate/imports/${run.id}`}>#{run.id}</Link>
              </td>
              <td>{formatTimestamp(run.startedAt)}</td>
              <td>{displayText(run.actor)}</td>
              <td>
                {displayText(run.fileName)}
                <br />
                <code className="muted" title={`sha256 ${run.sha256}`}>
                  {run.sha256.slice(0, 12)}
                </code>
              </td>
              <td>{run.dataset ? <code>{run.dataset.slug}</code> : "—"}</td>
              <td>
                <StatusBadge status={run.status} />
                {run.mode === "replace" ? " replace" : ""}
              </td>
              <td>
                {formatNumber(run.rows.added)} / {formatNumber(run.rows.changed)} / {formatNumber(run.rows.removed)}
              </td>
              <td>{formatNumber(run.errorCount)}</td>
              <td>{run.versionTo === null ? "—" : `v${run.versionTo}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
