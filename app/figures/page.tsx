import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilterChips } from "@/components/filters/active-filter-chips";
import { FigureFilters } from "@/components/filters/figure-filters";
import { UrlNotices } from "@/components/filters/url-notices";
import { FiguresTable } from "@/components/tables/figures-table";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { listDatasets } from "@/lib/data/datasets/list";
import { datasetCiteSubject } from "@/lib/export/cite-input";
import { getFigureFilterFacets } from "@/lib/data/figures/filter-facets";
import { listFiguresForView } from "@/lib/views/figures/load";
import { listPhases } from "@/lib/data/phases";
import { buildFilterOptions, describeActiveFilters } from "@/lib/views/figures/filter-options";
import { figuresViewHref, parseFiguresView, withViewChanges, withoutFilters } from "@/lib/views/figures/view";
import type { RawParams } from "@/lib/views/list/raw-params";

// /figures: every figure in one server-sorted, server-paged table. The URL holds the whole view
// (with the API's parameter names), so any view can be shared, and the page reads one page of
// rows, never the whole table.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Explore figures" };

export default async function FiguresPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = parseFiguresView(await searchParams);
  const [result, facets, phases, datasets, exportInfo] = await Promise.all([
    listFiguresForView(parsed.view),
    getFigureFilterFacets(),
    listPhases(),
    listDatasets(),
    // The dataset of the view (or the default one): for the data package and "Cite this".
    getDatasetExportInfo(parsed.view.dataset),
  ]);
  const { view, rows, total } = result;
  const notices = [...parsed.notices, ...result.notices];
  const options = buildFilterOptions(facets, phases, datasets);
  const active = describeActiveFilters(view, options).map((filter) => ({
    ...filter,
    removeHref: figuresViewHref(withViewChanges(view, { [filter.key]: undefined })),
  }));
  const clearHref = figuresViewHref(withoutFilters(view));

  return (
    <div className="page">
      <h1>Explore figures</h1>
      <p className="lede">
        Every figure in the data, as its source prints it: the qualifier (“more than”, “about”), the unit, the period and
        where it stands in the source. Open a figure for its full provenance. Values in different units are never added or
        compared.
      </p>
      <UrlNotices notices={notices} />
      <FigureFilters view={view} options={options} activeCount={active.length} />
      <ActiveFilterChips filters={active} clearHref={clearHref} />
      <FiguresTable
        view={view}
        rows={rows}
        total={total}
        dataset={exportInfo ? datasetCiteSubject(exportInfo) : null}
        emptyState={
          <>
            <p style={{ margin: "0 0 0.5rem", fontWeight: 600 }}>No figures match these filters.</p>
            {active.length > 0 ? (
              <Link href={clearHref} className="button">
                Clear filters
              </Link>
            ) : (
              <p className="muted">The database holds no figures yet.</p>
            )}
          </>
        }
      />
    </div>
  );
}
