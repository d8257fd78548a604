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

/**
 * A figure's canonical page: its dataset's slug and its key, both stable across database rebuilds
 * and imports (a numeric id is not). /figures/<id> and /figures/<key> redirect here.
 */
export const figurePath = (slug: string, key: string) => `${datasetPath(slug)}/figures/${encodeURIComponent(key)}`;

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

/** The message an embed posts to the page framing it: `{ type, height }`, the content's height in px. */
export const EMBED_HEIGHT_MESSAGE = "aidflow:embed-height";

// The host page's half of the resizing, kept tiny and dependency-free because it is pasted into
// other people's pages. It sizes an iframe only from a message whose source is that very iframe's
// window and whose origin is that iframe's own origin (so no other frame or window can resize it),
// and only to a plausible height. Pasting it twice is harmless: both listeners set the same height.
const RESIZE_SCRIPT = `<script>addEventListener("message",function(e){var d=e.data,f=document.getElementsByTagName("iframe");if(!d||d.type!=="${EMBED_HEIGHT_MESSAGE}"||typeof d.height!=="number"||!(d.height>0&&d.height<10000))return;for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&new URL(f[i].src,location.href).origin===e.origin)f[i].style.height=Math.ceil(d.height)+"px"})</script>`;

/**
 * The HTML to paste into another site: a lazy iframe with a title for screen readers, then a comment
 * saying what the script does, and the script that resizes the iframe to its content. The iframe
 * works alone too, at its fixed height.
 */
export function embedSnippet({ src, title, width, height }: { src: string; title: string; width: number; height: number }): string {
  const iframe = `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${Math.round(width)}" height="${Math.round(height)}" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  const note = `<!-- Optional: this script fits the iframe's height to the chart (the chart tells its height; only messages from this iframe, from its own site, are used). Without it the iframe keeps the height above. -->`;
  return `${iframe}\n${note}\n${RESIZE_SCRIPT}`;
}
