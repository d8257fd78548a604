"use client";

import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { sankeyHeight } from "@/lib/charts/layout";
import type { TimelineData } from "@/lib/charts/timeline/timeline";
import { timelineFirstHeight } from "@/lib/charts/timeline/timeline-layout";
import { unpackTimeline, type TimelineWire } from "@/lib/charts/timeline/timeline-wire";
import type { BarListChart as BarListChartType } from "./bar-list/bar-list-chart";
import { ChartBox } from "./chart-box";
import type { FlowSankey as FlowSankeyType } from "./flow-diagram/flow-sankey";
import type { LedgerChart as LedgerChartType } from "./ledger/ledger-chart";
import type { TimelineChart as TimelineChartType } from "./timeline/timeline-chart";

// The Recharts charts load after the page instead of with it, and each one only when its box comes
// near the viewport. Recharts and its helpers are about 125 KB of gzipped JavaScript, more than the
// rest of the overview's own code, and drawing six charts is most of the main thread's work on the
// overview (Lighthouse: without the charts, TBT fell from about 200 ms to 0 on desktop and from
// 1.3 s to 60 ms on mobile). They draw nothing on the server anyway (only the fixed-height box:
// chart-box.tsx). So the server renders that same box, empty, the page hydrates without Recharts,
// and each chart's code is fetched and drawn into its box as the visitor scrolls towards it. Same
// box, same size: nothing moves. The first-load budget this keeps is checked by
// scripts/check-bundle-budget.ts.

/** Draw the charts inside at once, wherever they are: the off-screen export stage, for one. */
const DrawNow = createContext(false);
export function DrawChartsNow({ children }: { children: ReactNode }) {
  return <DrawNow.Provider value={true}>{children}</DrawNow.Provider>;
}

// How far outside the viewport a chart starts loading, so that it is usually drawn by the time it
// scrolls into view.
const NEAR_VIEWPORT = "300px 0px";

// Charts that have been near the viewport once in this page's life draw at once when they mount
// again (a filter or unit change re-renders them), wherever the visitor has scrolled since.
const seen = new Set<string>();

/** Whether the element has come near the viewport (or must draw now); stays true once it has. */
function useNearViewport(slot: string): [(node: HTMLDivElement | null) => void, boolean] {
  const drawNow = useContext(DrawNow);
  const [near, setNear] = useState(() => seen.has(slot));
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!node || drawNow || seen.has(slot)) return;
      if (typeof IntersectionObserver === "undefined") {
        setNear(true);
        return;
      }
      observer.current = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          seen.add(slot);
          setNear(true);
          observer.current?.disconnect();
        },
        { rootMargin: NEAR_VIEWPORT },
      );
      observer.current.observe(node);
    },
    [slot, drawNow],
  );
  return [ref, near || drawNow];
}

type Loader<P> = () => Promise<ComponentType<P>>;

/** The loaded module never notifies: a chart that mounts after it came reads it in its first render. */
const subscribeToNothing = () => () => {};

function lazyChart<P extends object>(name: string, load: Loader<P>, slotOf: (props: P) => string, placeholder: (props: P) => ReactNode): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  function LazyChart(props: P) {
    const [ref, near] = useNearViewport(slotOf(props));
    // A chart whose code came earlier in this page's life draws in the first render; while
    // hydrating, React uses the server snapshot (the placeholder, as the server rendered it).
    const atMount = useSyncExternalStore(
      subscribeToNothing,
      () => loaded,
      () => null,
    );
    // Code that arrives later is drawn in a transition: React renders the chart in slices between
    // the page's paints and the visitor's input, not in one long task right after the page loads.
    const [arrived, setArrived] = useState<ComponentType<P> | null>(null);
    useEffect(() => {
      if (!near) return;
      let mounted = true;
      void start().then((component) => {
        if (mounted) startTransition(() => setArrived(() => component));
      });
      return () => {
        mounted = false;
      };
    }, [near]);
    const Chart = arrived ?? atMount;
    return (
      <div ref={ref} data-chart-slot={near ? "near" : "waiting"}>
        {/* `Chart` is not created during render: it is the one module-level component this loader
            resolves once, so its identity never changes between renders and no state is reset. */}
        {/* eslint-disable-next-line react-hooks/static-components */}
        {Chart && near ? <Chart {...props} /> : placeholder(props)}
      </div>
    );
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

/** An empty box named for the chart that is loading into it. */
function LoadingBox({ id, height, minWidth, chart }: { id: string; height: number; minWidth: number; chart: "ledger" | "flow" | "timeline" }) {
  const t = useNumberTexts(useTranslations("charts"));
  return <EmptyBox id={id} height={height} minWidth={minWidth} label={t(`loading.${chart}`)} />;
}

function TimelineLoading({ data, chart }: { data: TimelineData; chart: string }) {
  const t = useNumberTexts(useTranslations("charts"));
  return <LoadingBox id={chart} height={timelineFirstHeight(data, t)} minWidth={0} chart="timeline" />;
}

export const LedgerChart = lazyChart<ComponentProps<typeof LedgerChartType>>(
  "LedgerChart",
  () => import("./ledger/ledger-chart").then((module) => module.LedgerChart),
  () => "ledger",
  ({ height }) => <LoadingBox id="ledger" height={height} minWidth={320} chart="ledger" />,
);

export const FlowSankey = lazyChart<ComponentProps<typeof FlowSankeyType>>(
  "FlowSankey",
  () => import("./flow-diagram/flow-sankey").then((module) => module.FlowSankey),
  () => "flow",
  ({ data }) => <LoadingBox id="flow" height={sankeyHeight(data)} minWidth={520} chart="flow" />,
);

const LazyTimeline = lazyChart<ComponentProps<typeof TimelineChartType>>(
  "TimelineChart",
  () => import("./timeline/timeline-chart").then((module) => module.TimelineChart),
  ({ chart = "timeline" }) => chart,
  ({ data, chart = "timeline" }) => <TimelineLoading data={data} chart={chart} />,
);

/** The timeline, given packed by the server (timeline-wire.ts: about half the bytes) and unpacked once here. */
export function TimelineChart({ wire, chart }: { wire: TimelineWire; chart?: string }) {
  const data = useMemo(() => unpackTimeline(wire), [wire]);
  return <LazyTimeline data={data} chart={chart} />;
}

export const BarListChart = lazyChart<ComponentProps<typeof BarListChartType>>(
  "BarListChart",
  () => import("./bar-list/bar-list-chart").then((module) => module.BarListChart),
  ({ chart }) => chart,
  ({ chart, height, label }) => <EmptyBox id={chart} height={height} minWidth={300} label={label} />,
);
