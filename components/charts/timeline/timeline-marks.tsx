"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import type { LaidEvent, LaidPhase, LaidSpan } from "@/lib/charts/timeline/timeline-layout";
import type { TimelineType } from "@/lib/charts/timeline/timeline-type";
import styles from "../charts.module.css";
import { directionFill } from "../direction-colors";
import { markAriaLabel } from "../mark-tooltip";
import type { MarkProps } from "../use-chart-marks";
import own from "./timeline-chart.module.css";

// The timeline's marks, drawn where timeline-layout.ts put them: every label whole.

type Props = ReturnType<MarkProps>;

export function PhaseMark({ phase, chart, top, bottom, type }: { phase: LaidPhase; chart: string; top: number; bottom: number; type: TimelineType }) {
  return (
    <g data-mark={`${chart}-phase`} data-phase={phase.band.key}>
      <rect x={phase.x1} y={top} width={Math.max(0, phase.x2 - phase.x1)} height={bottom - top} className={phase.band.index % 2 ? own.phaseOdd : own.phaseEven} />
      <text x={phase.x1 + 4} y={top + type.phase.size} className={own.phaseLabel} style={{ fontSize: type.phase.size }} data-label="phase">
        {phase.lines.map((line, index) => (
          <tspan key={index} x={phase.x1 + 4} dy={index === 0 ? 0 : type.phase.line}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export function EventMark({ laid, chart, markProps, type }: { laid: LaidEvent; chart: string; markProps: Props; type: TimelineType }) {
  const { event, x1: left, x2: right, number, numberText, numberX } = laid;
  const cy = laid.y + type.eventLane - 5;
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <g className={styles.mark} role="img" aria-label={`${number}. ${markAriaLabel(event.info, t)}`} data-mark={`${chart}-event`} data-event-id={event.id} data-event-number={number} {...markProps}>
      {numberText === null ? null : (
        <text x={numberX} y={cy - 7} textAnchor="middle" className={own.eventNumber} style={{ fontSize: type.number }} data-label="event-number">
          {numberText}
        </text>
      )}
      {event.point ? (
        <path d={`M ${left} ${cy - 4} L ${left + 4} ${cy} L ${left} ${cy + 4} L ${left - 4} ${cy} Z`} className={own.eventPoint} />
      ) : (
        <rect x={left} y={cy - 2.5} width={Math.max(3, right - left)} height={5} rx={2} className={own.eventBar} />
      )}
      <rect className={styles.focusRing} x={left - 7} y={cy - 15} width={Math.max(14, right - left + 14)} height={21} />
    </g>
  );
}

export function SpanMark({ laid, chart, markProps, type }: { laid: LaidSpan; chart: string; markProps: Props; type: TimelineType }) {
  const font = type.span;
  const { span, x1, x2, y, height, label } = laid;
  const fill = directionFill(chart, span.direction ?? "context");
  const t = useNumberTexts(useTranslations("charts"));
  const barHeight = label.side === "inside" ? height : 7;
  const barTop = y + (height - barHeight) / 2;
  const textTop = y + (height - label.lines.length * font.line) / 2 + font.size - 1;
  return (
    <g
      className={styles.mark}
      role="img"
      aria-label={markAriaLabel(span.info, t)}
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
      <text x={label.x} y={textTop} className={label.side === "inside" ? own.spanLabelInside : own.spanLabel} style={{ fontSize: font.size }} data-label="figure" pointerEvents="none">
        {label.lines.map((line, index) => (
          <tspan key={index} x={label.x} dy={index === 0 ? 0 : font.line}>
            {line}
          </tspan>
        ))}
      </text>
      <rect className={styles.focusRing} x={Math.min(x1, label.x) - 4} y={y - 2} width={Math.max(x2, label.x + label.width) - Math.min(x1, label.x) + 8} height={height + 4} />
    </g>
  );
}
