import { LINK_PREVIEW_SIZE, LINK_PREVIEW_TYPE, linkPreviewImage, noPreview } from "@/components/figure/link-preview-image";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { getFigureByKeyOrNull } from "@/lib/data/figures/get-by-key";
import { createFormat } from "@/lib/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { figurePreviewCard } from "@/lib/views/figure/link-preview";

// The link preview of a figure's page: its label, its value with qualifier and unit, as printed and
// when, and its source.

export const dynamic = "force-dynamic";
export const alt = "The figure's label, its value with qualifier and unit, and its source";
export const size = LINK_PREVIEW_SIZE;
export const contentType = LINK_PREVIEW_TYPE;

export default async function Image({ params }: { params: Promise<{ locale?: string; slug: string; key: string }> }) {
  const { slug, key, locale: asked } = await params;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const figure = await getFigureByKeyOrNull({ slug, key });
  if (!figure) return noPreview();
  const dataset = await getDatasetExportInfo(figure.dataset);
  const words = { t: await translatorFor(locale, "figure.preview"), fmt: createFormat(locale) };
  return linkPreviewImage(figurePreviewCard(figure, dataset?.title ?? figure.dataset, words), locale);
}
