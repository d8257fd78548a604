"use client";

import { CartesianGrid, ComposedChart, usePlotArea, useXAxisScale, XAxis, YAxis } from "recharts";
import { timelineGeometry, TIMELINE_LAYOUT as L } from "@/lib/charts/layout";
import type { TimelineData } from "@/lib/charts/timeline/timeline";
import type { PhaseBand, TimelineEvent, TimelineSpan } from "@/lib/charts/timeline/timeline-marks";
import { ChartBox } from "../chart-box";
import styles from "../charts.module.css";
import { DIRECTION_COLORS } from "../direction-colors";
import { markAriaLabel, MarkTooltip } from "../mark-tooltip";
import { fitText } from "../svg-marks";
import { useChartMarks, type MarkProps, type Plot, type XOf } from "../use-chart-marks";
import own from "./timeline-chart.module.css";

// The timeline, drawn: phases as shaded bands with their names, events as diamonds (or short bars
// when they last), and each figure as one span from its start to its end, labelled inside when the
// label fits. Every mark shows its tooltip on hover and on keyboard focus. Reusable: the events
// page passes its own shaped data and chart id.

function Phase({ phase, chart, x, plot }: { phase: PhaseBand; chart: string; x: XOf; plot: Plot }) {
  const left = x(phase.x1);
  const right = x(phase.x2);
  return (
    <g data-mark={`${chart}-phase`} data-phase={phase.key}>
      <rect x={left} y={plot.y} width={Math.max(0, right - left)} height={plot.height} className={phase.index % 2 ? own.phaseOdd : own.phaseEven} />
      <text x={left + 4} y={plot.y + 12} className={`${styles.markValue} ${own.phaseLabel}`}>
        <title>{phase.label}</title>
        {fitText(phase.label, right - left - 8, 5.9)}
      </text>
    </g>
  );
}

function EventMark({ event, chart, x, top, markProps }: { event: TimelineEvent; chart: string; x: XOf; top: number; markProps: ReturnType<MarkProps> }) {
  const cy = top + event.lane * L.eventLane + L.eventLane / 2;
  const left = x(event.x1);
  const right = x(event.x2);
  return (
    <g className={styles.mark} role="img" aria-label={markAriaLabel(event.info)} data-mark={`${chart}-event`} data-event-id={event.id} {...markProps}>
      {event.point ? (
        <path d={`M ${left} ${cy - 5} L ${left + 5} ${cy} L ${left} ${cy + 5} L ${left - 5} ${cy} Z`} className={own.eventPoint} />
      ) : (
        <rect x={left} y={cy - 2.5} width={Math.max(3, right - left)} height={5} rx={2} className={own.eventBar} />
      )}
      <rect className={styles.focusRing} x={left - 7} y={cy - 7} width={Math.max(14, right - left + 14)} height={14} />
    </g>
  );
}

function SpanMark({ span, chart, x, top: spansTop, markProps }: { span: TimelineSpan; chart: string; x: XOf; top: number; markProps: ReturnType<MarkProps> }) {
  const top = spansTop + span.lane * L.spanLane + 2;
  const height = L.spanLane - 4;
  const left = x(span.x1);
  const width = Math.max(3, x(span.x2) - left);
  const color = DIRECTION_COLORS[span.direction ?? "context"];
  const inside = span.point ? "" : fitText(span.label, width - 6, 5.6);
  return (
    <g
      className={styles.mark}
      role="img"
      aria-label={markAriaLabel(span.info)}
      data-mark={span.point ? `${chart}-point` : `${chart}-span`}
      data-figure-id={span.id}
      data-x1={span.x1.toFixed(3)}
      data-x2={span.x2.toFixed(3)}
      {...markProps}
    >
      {span.point ? (
        <circle cx={left} cy={top + height / 2} r={4.5} className={own.figurePoint} style={{ fill: color }} />
      ) : (
        <rect x={left} y={top} width={width} height={height} rx={2} className={own.figureSpan} style={{ fill: color }} />
      )}
      {inside ? (
        <text x={left + 3} y={top + height - 2} className={own.spanLabel} pointerEvents="none">
          {inside}
        </text>
      ) : null}
      <rect className={styles.focusRing} x={left - 5} y={top - 2} width={(span.point ? 0 : width) + 10} height={height + 4} />
    </g>
  );
}

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
      {data.phases.map((phase) => (
        <Phase key={phase.key} phase={phase} chart={chart} x={x} plot={plot} />
      ))}
      <text x={plot.x + 2} y={eventsTop - 4} className={`${styles.groupLabel} ${own.laneLabel}`} aria-hidden="true">
        Events
      </text>
      {data.events.map((event, index) => (
        <EventMark key={event.key} event={event} chart={chart} x={x} top={eventsTop} markProps={markProps(index)} />
      ))}
      <line x1={plot.x} x2={plot.x + plot.width} y1={spansTop - 10} y2={spansTop - 10} className={styles.rule} />
      <text x={plot.x + 2} y={spansTop - 14} className={`${styles.groupLabel} ${own.laneLabel}`} aria-hidden="true">
        Figures
      </text>
      {data.spans.map((span, index) => (
        <SpanMark key={span.key} span={span} chart={chart} x={x} top={spansTop} markProps={markProps(eventCount + index)} />
      ))}
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
      <ComposedChart responsive className={styles.fill} margin={{ top: L.top, right: 16, bottom: L.bottom, left: 16 }} accessibilityLayer={false} data={[{ v: data.from }, { v: data.end }]}>
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
