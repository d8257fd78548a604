import { getLocale, getTranslations } from "next-intl/server";
import { ChartEmpty, ChartFrame, ChartSummary, chartSummaryId } from "@/components/charts/chart-frame";
import { ChartShare } from "@/components/charts/chart-share";
import { ChartViewSwitch } from "@/components/charts/chart-view-switch";
// Loaded after the page (components/charts/lazy-charts.tsx): Recharts stays out of the first load.
import { TimelineChart } from "@/components/charts/lazy-charts";
import { packTimeline } from "@/lib/charts/timeline/timeline-wire";
import { TimelineTable } from "@/components/charts/timeline/timeline-table";
import { ViewToggle } from "@/components/controls/view-toggle";
import type { ChartEvent, ChartPhase } from "@/lib/charts/chart-types";
import { sourceLine } from "@/lib/charts/mark-info";
import { shapeTimeline } from "@/lib/charts/timeline/timeline";
import { timelineSummary } from "@/lib/charts/timeline/timeline-summary";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { chartWordsFor } from "@/lib/views/overview/chart-words";
import { timelineYears } from "@/lib/views/events/timeline-range";

// The full timeline of events on the events page, drawn by the overview's timeline chart (one
// chart, two pages). It shows every event and the phases; the figures' spans are on the overview,
// because this page reads events only (a figure table may hold far more rows than a chart can).

export async function EventsTimeline({ events, phases }: { events: (ChartEvent & { dataset?: string })[]; phases: ChartPhase[] }) {
  const { from, to } = timelineYears(events);
  const locale = await getLocale();
  const [t, words] = await Promise.all([getTranslations("events.timeline"), chartWordsFor(isLocale(locale) ? locale : DEFAULT_LOCALE)]);
  const timeline = shapeTimeline({ figures: [], events, phases, sides: null, from, to, words });
  const title = t("title", { from: String(from), to: String(to) });
  const subtitle = t("subtitle", { from: String(from), to: String(to) });
  const source = sourceLine(events, words, "events");
  // Named in the image's credit line (dataset and version).
  const dataset = await getDatasetExportInfo(events[0]?.dataset);
  const drawing = timeline.ok ? <TimelineChart wire={packTimeline(timeline.data)} chart="events-timeline" /> : null;
  // The chart in words: the section's accessible description and the image's <desc>.
  const summary = timeline.ok ? timelineSummary(timeline.data, words) : undefined;
  return (
    <ChartFrame
      id="timeline"
      title={title}
      subtitle={subtitle}
      source={source}
      notes={timeline.notes}
      describedBy={summary ? chartSummaryId("timeline") : undefined}
      toolbar={
        timeline.ok ? (
          <>
            <ViewToggle chart="timeline" title={t("name")} />
            {dataset ? (
              <ChartShare
                target={{ kind: "page", chart: "events-timeline", anchor: "chart-timeline" }}
                text={{
                  title,
                  subtitle,
                  source,
                  description: summary,
                  legend: [
                    { glyph: "◆", label: t("datedEvent") },
                    { glyph: "▬", label: t("lastingEvent") },
                  ],
                }}
                dataset={{ slug: dataset.slug, title: dataset.title, version: dataset.version }}
                drawing={drawing}
              />
            ) : null}
          </>
        ) : undefined
      }
    >
      {timeline.ok ? (
        <>
          <ChartViewSwitch chart="timeline" drawing={drawing} table={<TimelineTable chart="events-timeline" data={timeline.data} />} />
          <ChartSummary id="timeline" summary={summary!} />
        </>
      ) : (
        <ChartEmpty id="timeline" reason={timeline.reason} />
      )}
    </ChartFrame>
  );
}
