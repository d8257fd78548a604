import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCuratorFromCookies } from "@/lib/security/session";
import { listDatasetSlugs } from "@/lib/data/datasets/list";
import { listImportRuns } from "@/lib/data/imports";
import { publicBaseUrl } from "@/lib/env";
import { displayText, formatTimestamp } from "@/lib/format";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = (): Promise<Metadata> => pageMetadata("curation", { robots: { index: false } });
export const dynamic = "force-dynamic";

// /curate: where curators start. Two ways to change the data, each validated like the seed and
// recorded in the audit log and the changelog; and the state of each dataset and the last imports.
export default async function CurationHome() {
  if (!(await getCuratorFromCookies())) redirect("/login?next=/curate");
  const [datasets, runs, t] = await Promise.all([
    listDatasetSlugs(),
    listImportRuns({ baseUrl: publicBaseUrl(), limit: 5 }),
    getTranslations("pages.curate"),
  ]);
  const status = await getTranslations("pages.status");

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <ul className="toc" aria-label={t("tasks")}>
        <li>
          <Link className="button primary" href="/curate/imports">
            {t("import")}
          </Link>
        </li>
        <li>
          <Link className="button" href="/curate/figures">
            {t("correct")}
          </Link>
        </li>
      </ul>

      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">{t("datasets")}</h2>
        {datasets.length === 0 ? (
          <p className="notice">{t("noDataset")}</p>
        ) : (
          <ul>
            {datasets.map((dataset) => (
              <li key={dataset.slug}>
                {t.rich("datasetLine", {
                  title: displayText(dataset.title),
                  slug: dataset.slug,
                  version: dataset.version,
                  code: (chunks) => <code>{chunks}</code>,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t("recent")}</h2>
        {runs.length === 0 ? (
          <p className="notice">{t("noImport")}</p>
        ) : (
          <ul>
            {runs.map((run) => (
              <li key={run.id}>
                <Link href={`/curate/imports/${run.id}`}>#{run.id}</Link>{" "}
                {t("runLine", {
                  file: displayText(run.fileName),
                  status: status(run.status).toLowerCase(),
                  time: formatTimestamp(run.startedAt),
                  actor: displayText(run.actor),
                })}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/curate/imports">{t("allImports")}</Link>
        </p>
      </section>
    </div>
  );
}
