"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { fitTimeline } from "@/lib/charts/timeline/timeline-fit";
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
import { useExportBox } from "../export-stage";
import { useKeyEvents, useKeyFigures } from "./use-key-events";

// The timeline, drawn: phases as shaded bands with their names, events as numbered markers with a
// key below, and the figures in lanes grouped by category, each one span from its start to its end
// with its whole label beside it. The layout is computed for the drawn width (timeline-layout.ts),
// so the page at 390 px and a 1600 px slide both show every label in full. Every mark shows its
// tooltip on hover and on keyboard focus. Reusable: the events page passes its own data and id.
// Drawn for an image, it lays out for the image's chart box at the image's scale (timeline-fit.ts).

function Drawing({ layout, chart, markProps, fitsBox }: { layout: TimelineLayout; chart: string; markProps: MarkProps; fitsBox: boolean }) {
  const { plot, type } = layout;
  const spans = layout.groups.flatMap((group) => group.spans);
  return (
    <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} data-timeline={chart} data-fits-box={fitsBox ? "" : undefined} role="presentation">
      <DirectionPatterns chart={chart} />
      {layout.phases.map((phase) => (
        <PhaseMark key={phase.band.key} phase={phase} chart={chart} top={plot.top} bottom={plot.bottom} type={type} />
      ))}
      {layout.ticks.map((tick) => (
        <g key={tick.year}>
          <line x1={tick.x} x2={tick.x} y1={plot.top} y2={layout.axisY} className={styles.rule} strokeDasharray="2 4" />
          <text x={tick.x} y={layout.axisY + type.axis + 5} textAnchor="middle" className={own.axisLabel} style={{ fontSize: type.axis }}>
            {tick.year}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={layout.axisY} y2={layout.axisY} className={styles.rule} />
      {layout.events.map((laid, index) => (
        <EventMark key={laid.event.key} laid={laid} chart={chart} markProps={markProps(index)} type={type} />
      ))}
      {layout.groups.map((group) => (
        <g key={group.category} data-timeline-group={group.category}>
          <line x1={Math.min(group.labelX, plot.left)} x2={plot.right} y1={group.y + 2} y2={group.y + 2} className={styles.rule} />
          <text x={group.labelX} y={group.y + type.groupGap + type.group} className={own.groupLabel} style={{ fontSize: type.group }} data-label="group">
            {group.lines.map((line, index) => (
              <tspan key={index} x={group.labelX} dy={index === 0 ? 0 : type.span.line}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {spans.map((laid, index) => (
        <SpanMark key={laid.span.key} laid={laid} chart={chart} markProps={markProps(layout.events.length + index)} type={type} />
      ))}
      <EventKey layout={layout} />
      <ChartNote layout={layout} />
    </svg>
  );
}

/** What a key-figures view leaves out, and why, under the chart (timeline-fit.ts). */
function ChartNote({ layout }: { layout: TimelineLayout }) {
  const { note, type } = layout;
  if (!note) return null;
  return (
    <text x={note.x} y={note.y} className={own.keyHeading} style={{ fontSize: type.key.size }} data-label="note">
      {note.lines.map((line, index) => (
        <tspan key={index} x={note.x} dy={index === 0 ? 0 : type.key.line}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function EventKey({ layout }: { layout: TimelineLayout }) {
  const { key } = layout;
  const font = layout.type.key;
  if (key.entries.length === 0) return null;
  return (
    <g data-timeline-key="">
      <text x={key.left} y={key.top + font.size} className={own.keyHeading} style={{ fontSize: font.size }} data-label="key-heading">
        {key.headingLines.map((line, index) => (
          <tspan key={index} x={key.left} dy={index === 0 ? 0 : font.line}>
            {line}
          </tspan>
        ))}
      </text>
      {key.entries.map((entry) => (
        <text key={entry.number} x={entry.x} y={entry.y} className={own.keyText} style={{ fontSize: font.size }} data-label="key" data-key-number={entry.number}>
          <tspan className={own.keyNumber}>{entry.number}</tspan>
          {entry.lines.map((line, index) => (
            <tspan key={index} x={entry.x + font.numberRoom} dy={index === 0 ? 0 : font.line}>
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
  const keyFigures = useKeyFigures();
  const box = useExportBox();
  const t = useNumberTexts(useTranslations("charts"));
  const layoutAt = (width: number) => (box ? fitTimeline(data, { width, height: box.height }, { keyEvents, keyFigures }, t) : layoutTimeline(data, width, keyEvents, { t }));
  return <SizedBox>{(width) => <TimelineDrawing data={data} chart={chart} layout={layoutAt(width)} fitsBox={box !== null} />}</SizedBox>;
}

function TimelineDrawing({ data, chart, layout, fitsBox }: { data: TimelineData; chart: string; layout: TimelineLayout; fitsBox: boolean }) {
  const shown = layout.events.map((laid) => laid.event.info);
  const marks = [...shown, ...layout.groups.flatMap((group) => group.spans.map((laid) => laid.span.info))];
  const { active, markProps } = useChartMarks(chart, marks.length);
  const info = active ? marks[active.index] : undefined;
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <ChartBox
      id={chart}
      height={layout.height}
      label={t("aria.timeline", { from: data.from, to: data.end - 1, events: shown.length, spans: data.spans.length })}
      tooltip={info && active ? <MarkTooltip id={`${chart}-tooltip`} info={info} anchor={active} /> : null}
    >
      <Drawing layout={layout} chart={chart} markProps={markProps} fitsBox={fitsBox} />
    </ChartBox>
  );
}
