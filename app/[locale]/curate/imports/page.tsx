import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/i18n/page-metadata";
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
import { ClientMessages } from "@/app/_shell/client-messages";

export const generateMetadata = (): Promise<Metadata> => pageMetadata("imports", { robots: { index: false } });
export const dynamic = "force-dynamic";

// /curate/imports: upload a CSV of figures or a data package, and the history of every import.
export default async function ImportsPage() {
  if (!(await getCuratorFromCookies())) redirect("/login?next=/curate/imports");
  const [datasets, runs] = await Promise.all([listDatasetSlugs(), listImportRuns({ baseUrl: publicBaseUrl() })]);
  const maxMegabytes = Math.floor(uploadLimits().maxBytes / 1024 / 1024);
  const t = await getTranslations("pages.imports");
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

  return (
    <ClientMessages namespaces={["curation.upload.errors", "pages.upload"]}>
      <div className="page">
        <h1>{t("title")}</h1>
        <p className="lede">{t.rich("lede", { code })}</p>

        <section aria-labelledby="upload-heading">
          <h2 id="upload-heading">{t("upload")}</h2>
          <UploadForm datasets={datasets.map(({ slug, title }) => ({ slug, title }))} maxMegabytes={maxMegabytes} />
        </section>

        <section aria-labelledby="columns-heading">
          <h2 id="columns-heading">{t("columns")}</h2>
          <p>
            {t("columnsExport")}{" "}
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
          <p>{t("required")}</p>
          <ul className={styles.columns}>
            {REQUIRED_COLUMNS.map((column) => (
              <li key={column}>
                <code>{column}</code>
              </li>
            ))}
          </ul>
          <p>{t("optional")}</p>
          <ul className={styles.columns}>
            {OPTIONAL_COLUMNS.map((column) => (
              <li key={column}>
                <code>{column}</code>
              </li>
            ))}
          </ul>
          <p>
            {t("exportOnly")}{" "}
            {EXPORT_ONLY_COLUMNS.map((column, index) => (
              <span key={column}>
                {index > 0 ? ", " : ""}
                <code>{column}</code>
              </span>
            ))}
            . {t.rich("rules", { code })}
          </p>
        </section>

        <section aria-labelledby="plain-heading">
          <h2 id="plain-heading">{t("plainTitle")}</h2>
          <p>
            {t.rich("plainStart", { code })}{" "}
            {PLAIN_TABLE_COLUMNS.map((column, index) => (
              <span key={column}>
                {index > 0 ? ", " : ""}
                <code>{column}</code>
              </span>
            ))}
            {t.rich("plainRest", { code })}
          </p>
        </section>

        <section aria-labelledby="package-heading">
          <h2 id="package-heading">{t("packageTitle")}</h2>
          <p>
            {t.rich("package", { code, path: "/api/v1/datasets/<slug>/datapackage.zip" })}
          </p>
        </section>

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t("history")}</h2>
          <ImportHistory runs={runs} />
        </section>
      </div>
    </ClientMessages>
  );
}
