import { useTranslations } from "next-intl";
import { Fragment } from "react";
import type { OverviewView } from "@/lib/charts/overview";
import type { ChartId } from "@/lib/views/overview/param-codes";
import { ViewToggle } from "@/components/controls/view-toggle";
import { ChartEmpty, ChartFrame, ChartSummary, chartSummaryId } from "../charts/chart-frame";
import { ChartLegend } from "../charts/chart-legend";
import type { ChartParts } from "../charts/chart-parts";
import { overviewChartParts } from "./overview-chart-parts";
import { ChartShare, type ChartShareDataset } from "../charts/chart-share";
import { ChartViewSwitch } from "../charts/chart-view-switch";
import styles from "./overview.module.css";

// The overview's chart sections: each is a ChartFrame with its toolbar (chart/table toggle, copy
// link, image download, embed, present), its controls, the chart or its table with its legend, its
// source line and notes, or an empty state saying why.

/** The height an embed of this chart needs: the chart plus its title, legend, source and footer. */
const embedHeight = (parts: ChartParts) => Math.round(parts.height + 300 + Math.ceil(parts.legend.length / 3) * 24);

/** The chart (or its table) with its legend, and the chart in words, which describes it to screen readers and embeds. */
export function ChartBody({ parts }: { parts: ChartParts }) {
  const t = useTranslations("overview");
  if (!parts.drawing || !parts.table) return <ChartEmpty id={parts.id} reason={parts.emptyReason ?? t("page.nothingToDraw")} />;
  return (
    <figure className={styles.figure} aria-labelledby={`chart-${parts.id}-title`} aria-describedby={chartSummaryId(parts.id)}>
      <ChartViewSwitch
        chart={parts.id}
        // Keyed: the pair crosses from the server to a client component as a list.
        drawing={[<Fragment key="chart">{parts.drawing}</Fragment>, <ChartLegend key="legend" items={parts.legend} />]}
        table={parts.table}
      />
      <ChartSummary id={parts.id} summary={parts.summary} />
    </figure>
  );
}

function OverviewChartSection({ view, id, dataset }: { view: OverviewView; id: ChartId; dataset: ChartShareDataset }) {
  const parts = overviewChartParts(view, id, dataset.slug);
  const ok = parts.drawing !== null;
  return (
    <ChartFrame
      id={id}
      title={parts.title}
      subtitle={parts.subtitle}
      source={parts.source}
      describedBy={chartSummaryId(id)}
      notes={parts.notes}
      caps={parts.caps}
      controls={parts.controls}
      footer={parts.pageFooter}
      toolbar={
        <>
          {ok ? <ViewToggle chart={id} title={parts.title} /> : null}
          <ChartShare
            target={{ kind: "overview", chart: id, embedHeight: embedHeight(parts) }}
            text={{ title: parts.title, subtitle: parts.subtitle, source: parts.source, legend: parts.legend, description: parts.summary }}
            dataset={dataset}
            drawing={parts.drawing}
          />
        </>
      }
    >
      <ChartBody parts={parts} />
    </ChartFrame>
  );
}

/** All the overview's charts, in their order and layout. */
export function OverviewCharts({ view, dataset }: { view: OverviewView; dataset: ChartShareDataset }) {
  return (
    <div className={styles.stack}>
      <OverviewChartSection view={view} id="ledger" dataset={dataset} />
      <OverviewChartSection view={view} id="flow" dataset={dataset} />
      <OverviewChartSection view={view} id="counterparts" dataset={dataset} />
      <OverviewChartSection view={view} id="timeline" dataset={dataset} />
      <div className={styles.pair}>
        <OverviewChartSection view={view} id="goods" dataset={dataset} />
        <OverviewChartSection view={view} id="people" dataset={dataset} />
      </div>
    </div>
  );
}
