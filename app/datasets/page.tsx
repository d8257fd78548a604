import type { Metadata } from "next";
import { DatasetList } from "@/components/overview/dataset-list";
import { listDatasetSummaries } from "@/lib/data/datasets/summaries";

// /datasets: every dataset Aidflow holds, with its period, actors, counts and last update; each
// links to its overview.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  const datasets = await listDatasetSummaries();
  return (
    <div className="page">
      <h1>Datasets</h1>
      {datasets.length === 0 ? (
        <p className="notice" role="status">
          No dataset is loaded yet. Run <code>npm run db:setup</code> to load the bundled dataset.
        </p>
      ) : (
        <>
          <p className="lede">Each dataset has its own overview, with every figure as printed in its source.</p>
          <DatasetList datasets={datasets} />
        </>
      )}
    </div>
  );
}
