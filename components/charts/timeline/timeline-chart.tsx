"use client";

import { layoutTimeline, type TimelineLayout } from "@/lib/charts/timeline/timeline-layout";
import type { TimelineData } from "@/lib/charts/timeline/timeline";
import { ChartBox } from "../chart-box";
import styles from "../charts.module.css";
import { MarkTooltip } from "../mark-tooltip";
import { SizedBox } from "../sized-box";
import { DirectionPatterns } from "../svg-marks";
import { useChartMarks, type MarkProps } from "../use-chart-marks";
import own from "./timeline-chart.module.css";
import { EventMark, PhaseMark, SpanMark } from "./timeline-marks";
import { useKeyEvents } from "./use-key-events";

// The timeline, drawn: phases as shaded bands with their names, events as numbered markers with a
// key below, and the figures in lanes grouped by category, each one span from its start to its end
// with its whole label beside it. The layout is computed for the drawn width (timeline-layout.ts),
// so the page at 390 px and a 1600 px slide both show every label in full. Every mark shows its
// tooltip on hover and on keyboard focus. Reusable: the events page passes its own data and id.

function Drawing({ layout, chart, markProps }: { layout: TimelineLayout; chart: string; markProps: MarkProps }) {
  const { plot } = layout;
  const spans = layout.groups.flatMap((group) => group.spans);
  return (
    <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} data-timeline={chart} role="presentation">
      <DirectionPatterns chart={chart} />
      {layout.phases.map((phase) => (
        <PhaseMark key={phase.band.key} phase={phase} chart={chart} top={plot.top} bottom={plot.bottom} />
      ))}
      {layout.ticks.map((tick) => (
        <g key={tick.year}>
          <line x1={tick.x} x2={tick.x} y1={plot.top} y2={layout.axisY} className={styles.rule} strokeDasharray="2 4" />
          <text x={tick.x} y={layout.axisY + 16} textAnchor="middle" className={own.axisLabel}>
            {tick.year}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={layout.axisY} y2={layout.axisY} className={styles.rule} />
      {layout.events.map((laid, index) => (
        <EventMark key={laid.event.key} laid={laid} chart={chart} markProps={markProps(index)} />
      ))}
      {layout.groups.map((group) => (
        <g key={group.category} data-timeline-group={group.category}>
          <line x1={plot.left} x2={plot.right} y1={group.y + 2} y2={group.y + 2} className={styles.rule} />
          <text x={plot.left + 2} y={group.y + 4 + 11} className={own.groupLabel} data-label="group">
            {group.label}
          </text>
        </g>
      ))}
      {spans.map((laid, index) => (
        <SpanMark key={laid.span.key} laid={laid} chart={chart} markProps={markProps(layout.events.length + index)} />
      ))}
      <EventKey layout={layout} />
    </svg>
  );
}

function EventKey({ layout }: { layout: TimelineLayout }) {
  if (layout.key.entries.length === 0) return null;
  return (
    <g data-timeline-key="">
      <text x={layout.plot.left} y={layout.key.top + 11} className={own.keyHeading} data-label="key-heading">
        {layout.key.heading}
      </text>
      {layout.key.entries.map((entry) => (
        <text key={entry.number} x={entry.x} y={entry.y} className={own.keyText} data-label="key" data-key-number={entry.number}>
          <tspan className={own.keyNumber}>{entry.number}</tspan>
          {entry.lines.map((line, index) => (
            <tspan key={index} x={entry.x + 26} dy={index === 0 ? 0 : 14}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

export function TimelineChart({ data, chart = "timeline" }: { data: TimelineData; chart?: string }) {
  const keyEvents = useKeyEvents();
  return (
    <SizedBox>
      {(width) => <TimelineDrawing data={data} chart={chart} layout={layoutTimeline(data, width, keyEvents)} />}
    </SizedBox>
  );
}

function TimelineDrawing({ data, chart, layout }: { data: TimelineData; chart: string; layout: TimelineLayout }) {
  const shown = layout.events.map((laid) => laid.event.info);
  const marks = [...shown, ...layout.groups.flatMap((group) => group.spans.map((laid) => laid.span.info))];
  const { active, markProps } = useChartMarks(chart, marks.length);
  const info = active ? marks[active.index] : undefined;
  return (
    <ChartBox
      id={chart}
      height={layout.height}
      label={`Timeline ${data.from}–${data.end - 1}: ${shown.length} events, numbered with a key below, and ${data.spans.length} figures. Use the arrow keys to move between marks; the table view lists them all.`}
      tooltip={info && active ? <MarkTooltip id={`${chart}-tooltip`} info={info} anchor={active} /> : null}
    >
      <Drawing layout={layout} chart={chart} markProps={markProps} />
    </ChartBox>
  );
}
