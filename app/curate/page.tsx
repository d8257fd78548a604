import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCuratorFromCookies } from "@/lib/security/session";
import { listDatasetSlugs } from "@/lib/data/datasets/list";
import { listImportRuns } from "@/lib/data/imports";
import { publicBaseUrl } from "@/lib/env";
import { displayText, formatTimestamp } from "@/lib/format";
import { STATUS_LABELS } from "./imports/_components/status-badge";

export const metadata: Metadata = { title: "Curation", robots: { index: false } };
export const dynamic = "force-dynamic";

// /curate: where curators start. Two ways to change the data, each validated like the seed and
// recorded in the audit log and the changelog; and the state of each dataset and the last imports.
export default async function CurationHome() {
  if (!(await getCuratorFromCookies())) redirect("/login?next=/curate");
  const [datasets, runs] = await Promise.all([listDatasetSlugs(), listImportRuns({ baseUrl: publicBaseUrl(), limit: 5 })]);

  return (
    <div className="page">
      <h1>Curation</h1>
      <p className="lede">
        Every change is checked with the same rules as the reviewed dataset, written in one transaction, and kept in the audit log with
        its old and new values. Each change gives its dataset a new version and a changelog entry.
      </p>
      <ul className="toc" aria-label="Curation tasks">
        <li>
          <Link className="button primary" href="/curate/imports">
            Import figures from CSV
          </Link>
        </li>
        <li>
          <Link className="button" href="/curate/figures">
            Correct a figure
          </Link>
        </li>
      </ul>

      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">Datasets</h2>
        {datasets.length === 0 ? (
          <p className="notice">There is no dataset yet. An import into a new slug creates one.</p>
        ) : (
          <ul>
            {datasets.map((dataset) => (
              <li key={dataset.slug}>
                {displayText(dataset.title)} (<code>{dataset.slug}</code>), version {dataset.version}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent imports</h2>
        {runs.length === 0 ? (
          <p className="notice">No import has been run yet.</p>
        ) : (
          <ul>
            {runs.map((run) => (
              <li key={run.id}>
                <Link href={`/curate/imports/${run.id}`}>#{run.id}</Link> {displayText(run.fileName)}, {STATUS_LABELS[run.status].toLowerCase()},{" "}
                {formatTimestamp(run.startedAt)} by {displayText(run.actor)}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/curate/imports">All imports</Link>
        </p>
      </section>
    </div>
  );
}
