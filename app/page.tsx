import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DatasetList } from "@/components/overview/dataset-list";
import { OverviewPage } from "@/components/overview/overview-page";
import { getDefaultDatasetSlug } from "@/lib/data/datasets/default";
import { listDatasetSlugs } from "@/lib/data/datasets/list";
import { listDatasetSummaries } from "@/lib/data/datasets/summaries";
import { datasetPath } from "@/lib/export/share-links";
import { loadOverview } from "@/lib/views/overview";
import { hasOverviewParams, searchOf } from "@/lib/views/overview/search";
import type { RawParams } from "@/lib/views/raw-params";
import { withQuery } from "@/lib/views/with-query";

// The home page. With one dataset it is that dataset's overview (so the address everyone has
// keeps working); with several it lists them, and a link that asks for an overview view (from
// before there were several) goes on to the default dataset's overview with the same query.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const [datasets, raw] = await Promise.all([listDatasetSlugs(), searchParams]);
  if (datasets.length === 0) {
    return (
      <div className="page">
        <h1>Aidflow</h1>
        <p className="notice" role="status">
          No dataset is loaded yet. Run <code>npm run db:setup</code> to load the bundled dataset.
        </p>
      </div>
    );
  }
  if (datasets.length === 1) {
    const loaded = await loadOverview(datasets[0]!.slug, raw);
    if (!loaded) notFound();
    return <OverviewPage loaded={loaded} />;
  }
  if (hasOverviewParams(raw)) {
    const slug = await getDefaultDatasetSlug();
    if (slug !== null) redirect(withQuery(datasetPath(slug), searchOf(raw)));
  }
  return (
    <div className="page">
      <h1>Datasets</h1>
      <p className="lede">
        Aidflow holds {datasets.length} datasets of flows between states. Each has its own overview, with every figure as printed in its source.
      </p>
      <DatasetList datasets={await listDatasetSummaries()} />
    </div>
  );
}
