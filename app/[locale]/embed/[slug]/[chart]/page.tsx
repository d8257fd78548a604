import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { overviewChartParts } from "@/components/overview/overview-chart-parts";
import { ChartFrame, chartSummaryId } from "@/components/charts/chart-frame";
import { loadOverview } from "@/lib/views/overview";
import { ChartBody } from "@/components/overview/overview-sections";
import { ViewToggle } from "@/components/controls/view-toggle";
import { UrlNotices } from "@/components/filters/url-notices";
import { chartPermalink, embedPath, isChartId } from "@/lib/export/share-links";
import { publicBaseUrl } from "@/lib/env";
import { previewMetadata } from "@/lib/views/figure/link-preview";
import { localizedMetadata, pageMetadata } from "@/lib/i18n/page-metadata";
import type { RawParams } from "@/lib/views/raw-params";
import { searchOf } from "@/lib/views/overview/search";
import { ClientMessages } from "@/app/_shell/client-messages";

// /embed/<slug>/<chart>?<overview params>: one chart of a dataset's overview alone, for another
// site's iframe, with its title, subtitle, legend, source and a footer naming Aidflow, the dataset
// and its version and a link back to the same view on the overview. No site header, navigation or
// footer (app/embed/embed.css).

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; chart: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug, chart } = await params;
  const raw = await searchParams;
  // The same shaped view the page reads (kept in memory per data version).
  const loaded = isChartId(chart) ? await loadOverview(slug, raw, {}, await getLocale()) : null;
  if (!loaded || !isChartId(chart)) return pageMetadata("chartNotFound");
  const parts = overviewChartParts(loaded.view, chart, loaded.data.dataset.slug);
  const t = await getTranslations("datasets.embed");
  return localizedMetadata(previewMetadata({
    title: t("titlePrefix", { title: parts.title }),
    description: [`${parts.title} (${loaded.data.dataset.title}).`, parts.subtitle, parts.source].filter(Boolean).join(" "),
    path: embedPath(loaded.data.dataset.slug, chart, searchOf(raw)),
    baseUrl: publicBaseUrl(),
  }));
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const { slug, chart } = await params;
  if (!isChartId(chart)) notFound();
  const raw = await searchParams;
  const loaded = await loadOverview(slug, raw, {}, await getLocale());
  if (!loaded) notFound();
  const { data, view, notices } = loaded;
  const parts = overviewChartParts(view, chart, data.dataset.slug);
  const t = await getTranslations("datasets.embed");
  // Relative, so it resolves against this site from inside any iframe; opens outside the frame.
  const fullView = chartPermalink("", data.dataset.slug, chart, searchOf(raw));
  return (
    <ClientMessages namespaces={["charts", "explore.controls", "format", "glossary", "vocab"]}>
      <>
        <UrlNotices notices={notices} />
        <ChartFrame
          id={chart}
          title={parts.title}
          subtitle={parts.subtitle}
          source={parts.source}
          notes={parts.notes}
          caps={parts.caps}
          describedBy={chartSummaryId(chart)}
          toolbar={parts.drawing ? <ViewToggle chart={chart} title={parts.title} /> : undefined}
        >
          <ChartBody parts={parts} />
        </ChartFrame>
        <footer className="embed-footer" data-embed-footer="">
          <span>
            {t("credit", { dataset: data.dataset.title, version: data.dataset.version })}
          </span>
          <a href={fullView} target="_blank" rel="noopener" data-embed-full-view="">
            {t("fullView")}
          </a>
        </footer>
      </>
    </ClientMessages>
  );
}
