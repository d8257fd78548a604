"use client";

import type { LaidEvent, LaidPhase, LaidSpan } from "@/lib/charts/timeline/timeline-layout";
import { SPAN_FONT } from "@/lib/charts/timeline/span-label";
import styles from "../charts.module.css";
import { directionFill } from "../direction-colors";
import { markAriaLabel } from "../mark-tooltip";
import type { MarkProps } from "../use-chart-marks";
import own from "./timeline-chart.module.css";

// The timeline's marks, drawn where timeline-layout.ts put them: every label whole.

type Props = ReturnType<MarkProps>;

export function PhaseMark({ phase, chart, top, bottom }: { phase: LaidPhase; chart: string; top: number; bottom: number }) {
  return (
    <g data-mark={`${chart}-phase`} data-phase={phase.band.key}>
      <rect x={phase.x1} y={top} width={Math.max(0, phase.x2 - phase.x1)} height={bottom - top} className={phase.band.index % 2 ? own.phaseOdd : own.phaseEven} />
      <text x={phase.x1 + 4} y={top + 11} className={own.phaseLabel} data-label="phase">
        {phase.lines.map((line, index) => (
          <tspan key={index} x={phase.x1 + 4} dy={index === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export function EventMark({ laid, chart, markProps }: { laid: LaidEvent; chart: string; markProps: Props }) {
  const { event, x1: left, x2: right, number } = laid;
  const cy = laid.y + 13;
  return (
    <g className={styles.mark} role="img" aria-label={`${number}. ${markAriaLabel(event.info)}`} data-mark={`${chart}-event`} data-event-id={event.id} data-event-number={number} {...markProps}>
      <text x={left} y={cy - 7} textAnchor="middle" className={own.eventNumber} data-label="event-number">
        {number}
      </text>
      {event.point ? (
        <path d={`M ${left} ${cy - 4} L ${left + 4} ${cy} L ${left} ${cy + 4} L ${left - 4} ${cy} Z`} className={own.eventPoint} />
      ) : (
        <rect x={left} y={cy - 2.5} width={Math.max(3, right - left)} height={5} rx={2} className={own.eventBar} />
      )}
      <rect className={styles.focusRing} x={left - 7} y={cy - 15} width={Math.max(14, right - left + 14)} height={21} />
    </g>
  );
}

export function SpanMark({ laid, chart, markProps }: { laid: LaidSpan; chart: string; markProps: Props }) {
  const { span, x1, x2, y, height, label } = laid;
  const fill = directionFill(chart, span.direction ?? "context");
  const barHeight = label.side === "inside" ? height : 7;
  const barTop = y + (height - barHeight) / 2;
  const textTop = y + (height - label.lines.length * SPAN_FONT.line) / 2 + SPAN_FONT.size - 1;
  return (
    <g
      className={styles.mark}
      role="img"
      aria-label={markAriaLabel(span.info)}
      data-mark={span.point ? `${chart}-point` : `${chart}-span`}
      data-figure-id={span.id}
      data-direction={span.direction ?? "none"}
      data-x1={span.x1.toFixed(3)}
      data-x2={span.x2.toFixed(3)}
      {...markProps}
    >
      {span.point ? (
        <circle cx={x1} cy={y + height / 2} r={4.5} className={own.figurePoint} style={{ fill }} />
      ) : (
        <rect x={x1} y={barTop} width={x2 - x1} height={barHeight} rx={2} className={own.figureSpan} style={{ fill }} />
      )}
      <text x={label.x} y={textTop} className={label.side === "inside" ? own.spanLabelInside : own.spanLabel} data-label="figure" pointerEvents="none">
        {label.lines.map((line, index) => (
          <tspan key={index} x={label.x} dy={index === 0 ? 0 : SPAN_FONT.line}>
            {line}
          </tspan>
        ))}
      </text>
      <rect className={styles.focusRing} x={Math.min(x1, label.x) - 4} y={y - 2} width={Math.max(x2, label.x + label.width) - Math.min(x1, label.x) + 8} height={height + 4} />
    </g>
  );
}
