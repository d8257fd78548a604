"use client";

import { useEffect, useSyncExternalStore, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { SANKEY_HEIGHT, timelineGeometry } from "@/lib/charts/layout";
import type { BarListChart as BarListChartType } from "./bar-list-chart";
import { ChartBox } from "./chart-box";
import type { FlowSankey as FlowSankeyType } from "./flow-sankey";
import type { LedgerChart as LedgerChartType } from "./ledger-chart";
import type { TimelineChart as TimelineChartType } from "./timeline-chart";

// Performance (issue 6): the Recharts charts load after the page instead of with it. Recharts and
// its helpers are about 125 KB of gzipped JavaScript, more than the rest of the overview's own
// code, and they draw nothing on the server anyway (only the fixed-height box: chart-box.tsx). So
// the server renders that same box, empty, the page hydrates without Recharts, and each chart's
// code is fetched right after and draws into its box. Same box, same size: nothing moves.
// The first-load budget this keeps is checked by scripts/check-bundle-budget.ts.

type Loader<P> = () => Promise<ComponentType<P>>;

function lazyChart<P extends object>(name: string, load: Loader<P>, placeholder: (props: P) => ReactNode): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const start = () => {
    loading ??= load().then((component) => {
      loaded = component;
      for (const listener of listeners) listener();
    });
  };
  function LazyChart(props: P) {
    // While hydrating, React uses the server snapshot (the placeholder, as the server rendered it);
    // the loaded chart replaces it in the render after.
    const Chart = useSyncExternalStore(
      subscribe,
      () => loaded,
      () => null,
    );
    useEffect(start, []);
    // `Chart` is not created during render: it is the one module-level component this loader
    // resolves once, so its identity never changes between renders and no state is reset.
    // eslint-disable-next-line react-hooks/static-components
    return Chart ? <Chart {...props} /> : placeholder(props);
  }
  LazyChart.displayName = `Lazy(${name})`;
  return LazyChart;
}

/** The box a chart draws into, empty: what the server renders for every Recharts chart. */
function EmptyBox({ id, height, minWidth, label }: { id: string; height: number; minWidth: number; label: string }) {
  return (
    <ChartBox id={id} height={height} minWidth={minWidth} label={label}>
      {null}
    </ChartBox>
  );
}

const LOADING = "the chart is loading; its table view lists the same figures";

export const LedgerChart = lazyChart<ComponentProps<typeof LedgerChartType>>(
  "LedgerChart",
  () => import("./ledger-chart").then((module) => module.LedgerChart),
  ({ height }) => <EmptyBox id="ledger" height={height} minWidth={320} label={`Two-way ledger: ${LOADING}`} />,
);

export const FlowSankey = lazyChart<ComponentProps<typeof FlowSankeyType>>(
  "FlowSankey",
  () => import("./flow-sankey").then((module) => module.FlowSankey),
  () => <EmptyBox id="flow" height={SANKEY_HEIGHT} minWidth={520} label={`Flow diagram: ${LOADING}`} />,
);

export const TimelineChart = lazyChart<ComponentProps<typeof TimelineChartType>>(
  "TimelineChart",
  () => import("./timeline-chart").then((module) => module.TimelineChart),
  ({ data, chart = "timeline", height }) => (
    <EmptyBox id={chart} height={height ?? timelineGeometry(data).height} minWidth={560} label={`Timeline: ${LOADING}`} />
  ),
);

export const BarListChart = lazyChart<ComponentProps<typeof BarListChartType>>(
  "BarListChart",
  () => import("./bar-list-chart").then((module) => module.BarListChart),
  ({ chart, height, label }) => <EmptyBox id={chart} height={height} minWidth={300} label={label} />,
);
