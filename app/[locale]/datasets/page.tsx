import type { Metadata } from "next";
import { DatasetList } from "@/components/overview/dataset-list";
import { getTranslations } from "next-intl/server";
import { listDatasetSummaries } from "@/lib/data/datasets/summaries";
import { pageMetadata } from "@/lib/i18n/page-metadata";

// /datasets: every dataset Aidflow holds, with its period, actors, counts and last update; each
// links to its overview.

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => pageMetadata("datasets");

export default async function DatasetsPage() {
  const [datasets, t, home] = await Promise.all([listDatasetSummaries(), getTranslations("datasets"), getTranslations("home")]);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      {datasets.length === 0 ? (
        <p className="notice" role="status">
          {home.rich("noDataset", { code: (chunks) => <code>{chunks}</code> })}
        </p>
      ) : (
        <>
          <p className="lede">{t("lede")}</p>
          <DatasetList datasets={datasets} />
        </>
      )}
    </div>
  );
}
