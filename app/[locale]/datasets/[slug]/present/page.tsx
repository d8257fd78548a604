import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ChartFrame } from "@/components/charts/chart-frame";
import { overviewChartParts } from "@/components/overview/overview-chart-parts";
import { ChartBody } from "@/components/overview/overview-sections";
import { PresentationDeck } from "@/components/overview/presentation-deck";
import { loadOverview } from "@/lib/views/overview";
import { CHART_IDS } from "@/lib/views/overview/param-codes";
import type { RawParams } from "@/lib/views/raw-params";
import { ClientMessages } from "@/app/_shell/client-messages";

// /datasets/<slug>/present?chart=<chart>&<overview params>: the dataset's overview charts one at a
// time, full screen, in large type. Left and Right move between charts, Escape goes back to the
// overview with the same view. Every chart is shaped here; the deck shows one and keeps `chart` in
// the URL.

export const dynamic = "force-dynamic";

const presentShape = { chart: z.enum(CHART_IDS).default("ledger") };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawParams> };

export default async function PresentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const loaded = await loadOverview(slug, await searchParams, presentShape, await getLocale());
  if (!loaded) notFound();
  const { data, view, notices } = loaded;
  const t = await getTranslations("datasets.present");
  const slides = CHART_IDS.map((id) => {
    const parts = overviewChartParts(view, id, data.dataset.slug);
    return {
      id,
      title: parts.title,
      node: (
        <ChartFrame id={id} title={parts.title} subtitle={parts.subtitle} source={parts.source} notes={parts.notes} caps={parts.caps}>
          <ChartBody parts={parts} />
        </ChartFrame>
      ),
    };
  });
  return (
    <ClientMessages namespaces={["charts", "explore", "format", "glossary", "overview.present", "vocab"]}>
      <PresentationDeck
        slug={data.dataset.slug}
        slides={slides}
        notices={notices}
        credit={t("credit", { dataset: data.dataset.title, version: data.dataset.version })}
      />
    </ClientMessages>
  );
}
