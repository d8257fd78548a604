import { LINK_PREVIEW_SIZE, LINK_PREVIEW_TYPE, linkPreviewImage, noPreview } from "@/components/figure/link-preview-image";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { loadOverview } from "@/lib/views/overview";
import { overviewPreviewCard, sourceLine } from "@/lib/views/figure/link-preview";

// The link preview of a dataset's overview (and of a chart's permalink, which is the overview with
// an anchor): the dataset's title, its first headline value and its source, in the address's language.

export const dynamic = "force-dynamic";
export const alt = "The dataset's title, its headline figure with qualifier and unit, and its source";
export const size = LINK_PREVIEW_SIZE;
export const contentType = LINK_PREVIEW_TYPE;

export default async function Image({ params }: { params: Promise<{ locale?: string; slug: string }> }) {
  const { slug, locale: asked } = await params;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const loaded = await loadOverview(slug, {}, {}, locale);
  if (!loaded) return noPreview();
  const { data, view } = loaded;
  const t = await translatorFor(locale, "figure.preview");
  const source = data.primarySource ? sourceLine(data.primarySource, null, { t }) : null;
  return linkPreviewImage(overviewPreviewCard({ kicker: t("datasetKicker"), title: data.dataset.title, cards: view.cards, source }, { t }), locale);
}
