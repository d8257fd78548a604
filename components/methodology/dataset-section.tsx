import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { CiteThis } from "@/components/controls/cite-this";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { datasetCiteSubject } from "@/lib/export/cite-input";
import { datapackageHref } from "@/lib/export/download-links";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { MethodologyDataset } from "./methodology-data";

// The methodology page's first section: what the dataset is, how to cite it and its sources. The
// dataset's own texts are shown as written; a page in another language says so.
export async function DatasetSection({ dataset }: { dataset: MethodologyDataset | null }) {
  const [t, locale, exportInfo] = await Promise.all([
    getTranslations("methodology.dataset"),
    getLocale(),
    dataset ? getDatasetExportInfo(dataset.slug) : Promise.resolve(null),
  ]);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const kindOf = (kind: string) => (t.has(`sourceKinds.${kind}`) ? t(`sourceKinds.${kind}`) : kind);
  return (
    <section id="dataset" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{t("heading")}</h2>
      {dataset ? (
        <div className="prose">
          {locale !== DEFAULT_LOCALE ? <p className="muted">{t("asWritten")}</p> : null}
          <p>
            {t.rich("summary", {
              title: dataset.title,
              version: String(dataset.version),
              date: dataset.lastUpdated,
              figures: dataset._count.figures,
              events: dataset._count.events,
              sources: dataset._count.sources,
              strong,
            })}
          </p>
          <p>{dataset.description}</p>
          <p>
            <strong>{t("citeAs")}</strong> {dataset.citation}
          </p>
          <p>
            <strong>{t("licence")}</strong> {dataset.licence}
          </p>
          {exportInfo ? (
            <p>
              <a href={datapackageHref(exportInfo.slug)} download>
                {t("download")}
              </a>{" "}
              <CiteThis subject={{ kind: "dataset", dataset: datasetCiteSubject(exportInfo) }} />
            </p>
          ) : null}
          <h3>{t("sources")}</h3>
          <ul>
            {dataset.sources.map((source) => (
              <li key={source.key}>
                <span className="badge">{kindOf(source.kind)}</span>{" "}
                {/* Quoted as the dataset gives it, not translated (its sources are cited in English). */}
                <span lang="en">{source.citation}</span>
                {source.url ? (
                  <>
                    {" "}
                    <a href={source.url}>{source.url}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="notice">{t.rich("none", { code: (chunks) => <code>{chunks}</code> })}</p>
      )}
    </section>
  );
}
