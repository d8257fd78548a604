import { z } from "zod";
import { ChartFrame } from "@/components/charts/chart-frame";
import { overviewChartParts } from "@/components/overview/overview-chart-parts";
import { loadOverview } from "@/lib/views/overview";
import { ChartBody } from "@/components/overview/overview-sections";
import { PresentationDeck } from "@/components/overview/presentation-deck";
import { CHART_IDS } from "@/lib/views/overview/param-codes";
import type { RawParams } from "@/lib/views/raw-params";

// /present?chart=<chart>&<overview params>: the overview's charts one at a time, full screen, in
// large type. Left and Right move between charts, Escape goes back to the overview with the same
// view. Every chart is shaped here; the deck shows one and keeps `chart` in the URL.

export const dynamic = "force-dynamic";

const presentShape = { chart: z.enum(CHART_IDS).default("ledger") };

export default async function PresentPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const loaded = await loadOverview(await searchParams, presentShape);
  if (!loaded) {
    return (
      <div className="page">
        <p className="notice" role="status">
          No dataset is loaded yet.
        </p>
      </div>
    );
  }
  const { data, view, notices } = loaded;
  const slides = CHART_IDS.map((id) => {
    const parts = overviewChartParts(view, id);
    return {
      id,
      title: parts.title,
      node: (
        <ChartFrame id={id} title={parts.title} subtitle={parts.subtitle} source={parts.source} notes={parts.notes}>
          <ChartBody parts={parts} />
        </ChartFrame>
      ),
    };
  });
  return (
    <PresentationDeck
      slides={slides}
      notices={notices}
      credit={`Aidflow · ${data.dataset.title} · dataset version ${data.dataset.version}`}
    />
  );
}
