"use client";

import { CartesianGrid, ComposedChart, usePlotArea, useXAxisScale, XAxis, YAxis } from "recharts";
import { timelineGeometry, TIMELINE_LAYOUT as L } from "@/lib/charts/layout";
import type { TimelineData, TimelineEvent, TimelineSpan } from "@/lib/charts/timeline/timeline";
import { ChartBox } from "../chart-box";
import styles from "../charts.module.css";
import { markAriaLabel, MarkTooltip } from "../mark-tooltip";
import { COLORS, fitText } from "../svg-marks";
import { useChartMarks } from "../use-chart-marks";

// The timeline, drawn: phases as shaded bands with their names, events as diamonds (or short bars
// when they last), and each figure as one span from its start to its end, labelled inside when the
// label fits. Every mark shows its tooltip on hover and on keyboard focus. Reusable: the events
// page passes its own shaped data and chart id.

type MarkProps = ReturnType<typeof useChartMarks>["markProps"];
const PHASE_FILLS = ["var(--bg-subtle)", "var(--bg-muted)"];

function Marks({ data, chart, markProps }: { data: TimelineData; chart: string; markProps: MarkProps }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot) return null;
  const x = (value: number) => xScale(Math.max(data.from, Math.min(data.end, value))) ?? plot.x;
  const geometry = timelineGeometry(data);
  const eventsTop = plot.y + geometry.eventsTop;
  const spansTop = plot.y + geometry.spansTop;
  const eventCount = data.events.length;
  return (
    <g data-timeline={chart}>
      {data.phases.map((phase) => {
        const left = x(phase.x1);
        const right = x(phase.x2);
        return (
          <g key={phase.key} data-mark={`${chart}-phase`} data-phase={phase.key}>
            <rect x={left} y={plot.y} width={Math.max(0, right - left)} height={plot.height} style={{ fill: PHASE_FILLS[phase.index % 2], opacity: 0.9 }} />
            <text x={left + 4} y={plot.y + 12} className={styles.markValue} style={{ fontSize: 11 }}>
              <title>{phase.label}</title>
              {fitText(phase.label, right - left - 8, 5.9)}
            </text>
          </g>
        );
      })}
      <text x={plot.x + 2} y={eventsTop - 4} className={styles.groupLabel} style={{ fontSize: 10 }} aria-hidden="true">
        Events
      </text>
      {data.events.map((event: TimelineEvent, index) => {
        const cy = eventsTop + event.lane * L.eventLane + L.eventLane / 2;
        const left = x(event.x1);
        const right = x(event.x2);
        return (
          <g
            key={event.key}
            className={styles.mark}
            role="img"
            aria-label={markAriaLabel(event.info)}
            data-mark={`${chart}-event`}
            data-event-id={event.id}
            {...markProps(index)}
          >
            {event.point ? (
              <path d={`M ${left} ${cy - 5} L ${left + 5} ${cy} L ${left} ${cy + 5} L ${left - 5} ${cy} Z`} style={{ fill: "var(--fg)", opacity: 0.8 }} />
            ) : (
              <rect x={left} y={cy - 2.5} width={Math.max(3, right - left)} height={5} rx={2} style={{ fill: "var(--fg)", opacity: 0.6 }} />
            )}
            <rect className={styles.focusRing} x={left - 7} y={cy - 7} width={Math.max(14, right - left + 14)} height={14} />
          </g>
        );
      })}
      <line x1={plot.x} x2={plot.x + plot.width} y1={spansTop - 10} y2={spansTop - 10} style={{ stroke: "var(--border)" }} />
      <text x={plot.x + 2} y={spansTop - 14} className={styles.groupLabel} style={{ fontSize: 10 }} aria-hidden="true">
        Figures
      </text>
      {data.spans.map((span: TimelineSpan, index) => {
        const top = spansTop + span.lane * L.spanLane + 2;
        const height = L.spanLane - 4;
        const left = x(span.x1);
        const width = Math.max(3, x(span.x2) - left);
        const color = COLORS[span.direction ?? "context"];
        const inside = span.point ? "" : fitText(span.label, width - 6, 5.6);
        return (
          <g
            key={span.key}
            className={styles.mark}
            role="img"
            aria-label={markAriaLabel(span.info)}
            data-mark={span.point ? `${chart}-point` : `${chart}-span`}
            data-figure-id={span.id}
            data-x1={span.x1.toFixed(3)}
            data-x2={span.x2.toFixed(3)}
            {...markProps(eventCount + index)}
          >
            {span.point ? (
              <circle cx={left} cy={top + height / 2} r={4.5} style={{ fill: color, stroke: "var(--bg)", strokeWidth: 1 }} />
            ) : (
              <rect x={left} y={top} width={width} height={height} rx={2} style={{ fill: color, fillOpacity: 0.8 }} />
            )}
            {inside ? (
              <text x={left + 3} y={top + height - 2} style={{ fill: "var(--bg)", fontSize: 10, fontWeight: 600 }} pointerEvents="none">
                {inside}
              </text>
            ) : null}
            <rect className={styles.focusRing} x={left - 5} y={top - 2} width={(span.point ? 0 : width) + 10} height={height + 4} />
          </g>
        );
      })}
    </g>
  );
}

export function TimelineChart({ data, chart = "timeline", height }: { data: TimelineData; chart?: string; height?: number }) {
  const marks = [...data.events.map((event) => event.info), ...data.spans.map((span) => span.info)];
  const { active, markProps } = useChartMarks(chart, marks.length);
  const geometry = timelineGeometry(data);
  const info = active ? marks[active.index] : undefined;
  return (
    <ChartBox
      id={chart}
      height={height ?? geometry.height}
      minWidth={560}
      label={`Timeline ${data.from}–${data.end - 1}: ${data.events.length} events and ${data.spans.length} figures. Use the arrow keys to move between marks; the table view lists them all.`}
      tooltip={info && active ? <MarkTooltip id={`${chart}-tooltip`} info={info} anchor={active} /> : null}
    >
      <ComposedChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: L.top, right: 16, bottom: L.bottom, left: 16 }} accessibilityLayer={false} data={[{ v: data.from }, { v: data.end }]}>
        <XAxis
          type="number"
          dataKey="v"
          domain={[data.from, data.end]}
          allowDataOverflow
          ticks={data.ticks}
          height={L.axis}
          tick={{ fontSize: 11, fill: "var(--fg-muted)" }}
          stroke="var(--border)"
        />
        <YAxis type="number" hide domain={[0, 1]} />
        <CartesianGrid horizontal={false} stroke="var(--border)" strokeDasharray="2 4" />
        <Marks data={data} chart={chart} markProps={markProps} />
      </ComposedChart>
    </ChartBox>
  );
}
