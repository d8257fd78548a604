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
import { getListWords } from "@/lib/views/list/get-list-words";
import { withActorNames } from "@/lib/views/list/actor-names";
import type { RawParams } from "@/lib/views/raw-params";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { ClientMessages } from "@/app/_shell/client-messages";

// /figures: every figure in one server-sorted, server-paged table. The URL holds the whole view
// (with the API's parameter names: lib/views/figures.ts), so any view can be shared, and the page
// reads one page of rows, never the whole table.

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => pageMetadata("explore");

export default async function FiguresPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = figuresView.parse(await searchParams);
  const [list, facets, phases, datasets, exportInfo, words] = await Promise.all([
    listFiguresForView(parsed.view),
    getFigureFacets(),
    listPhases(),
    listDatasets(),
    // The dataset of the view (or the default one): for the data package and "Cite this".
    getDatasetExportInfo(parsed.view.dataset),
    getListWords(),
  ]);
  const { view } = list;
  const options = buildFilterOptions(facets, phases, datasets, words);
  const filters = figuresView.filterLinks(view, describeActiveFilters(view, options, words.t));

  return (
    <ClientMessages namespaces={["citation", "explore", "glossary", "vocab"]}>
      <ListPage
        title={words.t("page.title")}
        lede={words.t("page.lede")}
        notices={[...parsed.notices, ...list.notices]}
        filters={<FigureFilters view={view} options={options} activeCount={filters.active.length} />}
        filterLinks={filters}
        table={
          <FiguresTable
            view={view}
            rows={withActorNames(list.rows, words.actorName)}
            total={list.total}
            clearHref={filters.clearHref}
            dataset={exportInfo ? datasetCiteSubject(exportInfo) : null}
          />
        }
      />
    </ClientMessages>
  );
}
