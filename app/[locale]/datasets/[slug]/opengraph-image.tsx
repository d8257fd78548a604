import { LINK_PREVIEW_SIZE, LINK_PREVIEW_TYPE, linkPreviewImage, noPreview } from "@/components/figure/link-preview-image";
import { loadOverview } from "@/lib/views/overview";
import { overviewPreviewCard, sourceLine } from "@/lib/views/figure/link-preview";

// The link preview of a dataset's overview (and of a chart's permalink, which is the overview with
// an anchor): the dataset's title, its first headline value and its source.

export const dynamic = "force-dynamic";
export const alt = "The dataset's title, its headline figure with qualifier and unit, and its source";
export const size = LINK_PREVIEW_SIZE;
export const contentType = LINK_PREVIEW_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const loaded = await loadOverview((await params).slug, {});
  if (!loaded) return noPreview();
  const { data, view } = loaded;
  return linkPreviewImage(overviewPreviewCard({ kicker: "Aidflow dataset", title: data.dataset.title, cards: view.cards, source: data.primarySource ? sourceLine(data.primarySource) : null }));
}
