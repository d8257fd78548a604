import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DatasetList } from "@/components/overview/dataset-list";
import { OverviewPage } from "@/components/overview/overview-page";
import { getDefaultDatasetSlug } from "@/lib/data/datasets/default";
import { listDatasetSlugs } from "@/lib/data/datasets/list";
import { listDatasetSummaries } from "@/lib/data/datasets/summaries";
import { redirect } from "@/i18n/navigation";
import { datasetPath } from "@/lib/export/share-links";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { loadOverview } from "@/lib/views/overview";
import { hasOverviewParams, searchOf } from "@/lib/views/overview/search";
import type { RawParams } from "@/lib/views/raw-params";
import { withQuery } from "@/lib/views/with-query";
import { ClientMessages } from "@/app/_shell/client-messages";

// The home page. With one dataset it is that dataset's overview (so the address everyone has
// keeps working); with several it lists them, and a link that asks for an overview view (from
// before there were several) goes on to the default dataset's overview with the same query.

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => pageMetadata("overview");

export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const [datasets, raw, t, locale] = await Promise.all([listDatasetSlugs(), searchParams, getTranslations("home"), getLocale()]);
  if (datasets.length === 0) {
    return (
      <div className="page">
        <h1>Aidflow</h1>
        <p className="notice" role="status">
          {t.rich("noDataset", { code: (chunks) => <code>{chunks}</code> })}
        </p>
      </div>
    );
  }
  if (datasets.length === 1) {
    const loaded = await loadOverview(datasets[0]!.slug, raw, {}, locale);
    if (!loaded) notFound();
    return (
      <ClientMessages namespaces={["charts", "citation", "explore.controls", "format", "glossary", "overview", "vocab"]}>
        <OverviewPage loaded={loaded} />
      </ClientMessages>
    );
  }
  if (hasOverviewParams(raw)) {
    const slug = await getDefaultDatasetSlug();
    if (slug !== null) redirect({ href: withQuery(datasetPath(slug), searchOf(raw)), locale });
  }
  return (
    <div className="page">
      <h1>{t("datasetsTitle")}</h1>
      <p className="lede">{t("datasetsLede", { count: datasets.length })}</p>
      <DatasetList datasets={await listDatasetSummaries()} />
    </div>
  );
}
