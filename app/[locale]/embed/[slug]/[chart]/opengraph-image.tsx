import { LINK_PREVIEW_SIZE, LINK_PREVIEW_TYPE, linkPreviewImage, noPreview } from "@/components/figure/link-preview-image";
import { overviewChartParts } from "@/components/overview/overview-chart-parts";
import { isChartId } from "@/lib/export/share-links";
import { overviewPreviewCard } from "@/lib/views/figure/link-preview";
import { loadOverview } from "@/lib/views/overview";

// The link preview of an embedded chart: the chart's title, the dataset's headline value and the
// chart's own source line.

export const dynamic = "force-dynamic";
export const alt = "The chart's title, the dataset's headline figure with qualifier and unit, and the chart's source";
export const size = LINK_PREVIEW_SIZE;
export const contentType = LINK_PREVIEW_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string; chart: string }> }) {
  const { slug, chart } = await params;
  const loaded = isChartId(chart) ? await loadOverview(slug, {}) : null;
  if (!loaded || !isChartId(chart)) return noPreview();
  const parts = overviewChartParts(loaded.view, chart, loaded.data.dataset.slug);
  return linkPreviewImage(overviewPreviewCard({ kicker: loaded.data.dataset.title, title: parts.title, cards: loaded.view.cards, source: parts.source }));
}
