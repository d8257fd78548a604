// The zod-free codes, not the server's schema module: this runs in the browser, within the bundle budget.
import { CHART_IDS, OVERVIEW_PARAM_KEYS, type ChartId } from "@/lib/views/overview/param-codes";
import { withQuery } from "@/lib/views/with-query";
import { escapeXml } from "./escape";

// The addresses a chart can be shared at, built from the overview's URL state, each naming its
// dataset: the permalink (the dataset's overview, /datasets/<slug>, scrolled to the chart), the
// embed (/embed/<slug>/<chart>) and the presentation (/datasets/<slug>/present?chart=<chart>). Only
// the overview's own parameters are carried over, in a fixed order, so equal views give equal links
// and a stray parameter is never passed on.

/** The overview parameters of `search`, known keys only, empty values dropped, in a fixed order. */
export function pickOverviewParams(search: URLSearchParams, { forChart }: { forChart?: ChartId } = {}): URLSearchParams {
  const picked = new URLSearchParams();
  for (const key of OVERVIEW_PARAM_KEYS) {
    // An embed or a slide shows one chart: the other charts' chart/table choice means nothing there.
    if (forChart && key.startsWith("view_") && key !== `view_${forChart}`) continue;
    const value = search.get(key);
    if (value) picked.set(key, value);
  }
  return picked;
}

const chartAnchor = (chart: string) => `chart-${chart}`;

/** The dataset's overview: its home, and the address its citation gives. */
export const datasetPath = (slug: string) => `/datasets/${encodeURIComponent(slug)}`;

export function chartPermalink(origin: string, slug: string, chart: ChartId, search: URLSearchParams): string {
  return `${origin}${withQuery(datasetPath(slug), pickOverviewParams(search))}#${chartAnchor(chart)}`;
}

export function embedPath(slug: string, chart: ChartId, search: URLSearchParams): string {
  return withQuery(`/embed/${encodeURIComponent(slug)}/${chart}`, pickOverviewParams(search, { forChart: chart }));
}

export function presentPath(slug: string, chart: ChartId, search: URLSearchParams): string {
  const params = pickOverviewParams(search);
  return withQuery(`${datasetPath(slug)}/present`, new URLSearchParams([["chart", chart], ...params]));
}

export function isChartId(value: string | null | undefined): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value ?? "");
}

/** The chart after (step 1) or before (step -1) `chart`, wrapping around. */
export function neighbourChart(chart: ChartId, step: 1 | -1): ChartId {
  const index = CHART_IDS.indexOf(chart);
  return CHART_IDS[(index + step + CHART_IDS.length) % CHART_IDS.length]!;
}

/** The HTML to paste into another site: a lazy iframe with a title for screen readers. */
export function embedSnippet({ src, title, width, height }: { src: string; title: string; width: number; height: number }): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${Math.round(width)}" height="${Math.round(height)}" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}
