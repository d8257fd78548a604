import { LINK_PREVIEW_SIZE, LINK_PREVIEW_TYPE, linkPreviewImage, noPreview } from "@/components/figure/link-preview-image";
import { overviewChartParts } from "@/components/overview/overview-chart-parts";
import { isChartId } from "@/lib/export/share-links";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { overviewPreviewCard } from "@/lib/views/figure/link-preview";
import { loadOverview } from "@/lib/views/overview";

// The link preview of an embedded chart: the chart's title, the dataset's headline value and the
// chart's own source line, in the address's language.

export const dynamic = "force-dynamic";
export const alt = "The chart's title, the dataset's headline figure with qualifier and unit, and the chart's source";
export const size = LINK_PREVIEW_SIZE;
export const contentType = LINK_PREVIEW_TYPE;

export default async function Image({ params }: { params: Promise<{ locale?: string; slug: string; chart: string }> }) {
  const { slug, chart, locale: asked } = await params;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const loaded = isChartId(chart) ? await loadOverview(slug, {}, {}, locale) : null;
  if (!loaded || !isChartId(chart)) return noPreview();
  const parts = overviewChartParts(loaded.view, chart, loaded.data.dataset.slug);
  const t = await translatorFor(locale, "figure.preview");
  return linkPreviewImage(overviewPreviewCard({ kicker: loaded.data.dataset.title, title: parts.title, cards: loaded.view.cards, source: parts.source }, { t }), locale);
}
