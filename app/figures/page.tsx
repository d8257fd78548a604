import type { Metadata } from "next";
import { FigureFilters } from "@/components/filters/figure-filters";
import { FiguresTable } from "@/components/tables/figures-table";
import { ListPage } from "@/components/tables/list-page";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { listDatasets } from "@/lib/data/datasets/list";
import { getFigureFacets } from "@/lib/data/figures/facets";
import { listPhases } from "@/lib/data/phases";
import { datasetCiteSubject } from "@/lib/export/cite-input";
import { figuresView } from "@/lib/views/figures";
import { buildFilterOptions, describeActiveFilters } from "@/lib/views/figures/filter-options";
import { listFiguresForView } from "@/lib/views/figures/load";
import type { RawParams } from "@/lib/views/raw-params";

// /figures: every figure in one server-sorted, server-paged table. The URL holds the whole view
// (with the API's parameter names: lib/views/figures.ts), so any view can be shared, and the page
// reads one page of rows, never the whole table.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Explore figures" };

export default async function FiguresPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = figuresView.parse(await searchParams);
  const [list, facets, phases, datasets, exportInfo] = await Promise.all([
    listFiguresForView(parsed.view),
    getFigureFacets(),
    listPhases(),
    listDatasets(),
    // The dataset of the view (or the default one): for the data package and "Cite this".
    getDatasetExportInfo(parsed.view.dataset),
  ]);
  const { view } = list;
  const options = buildFilterOptions(facets, phases, datasets);
  const filters = figuresView.filterLinks(view, describeActiveFilters(view, options));

  return (
    <ListPage
      title="Explore figures"
      lede={
        <>
          Every figure in the data, as its source prints it: the qualifier (“more than”, “about”), the unit, the period and
          where it stands in the source. Open a figure for its full provenance. Values in different units are never added or
          compared.
        </>
      }
      notices={[...parsed.notices, ...list.notices]}
      filters={<FigureFilters view={view} options={options} activeCount={filters.active.length} />}
      filterLinks={filters}
      table={
        <FiguresTable
          view={view}
          rows={list.rows}
          total={list.total}
          clearHref={filters.clearHref}
          dataset={exportInfo ? datasetCiteSubject(exportInfo) : null}
        />
      }
    />
  );
}
