"use client";

import type { FlowBars } from "@/lib/charts/flow-diagram/flow-bars";
import { FLOW_BARS_FONT, layoutFlowBars } from "@/lib/charts/flow-diagram/flow-bars-layout";
import type { Measure } from "@/lib/charts/measure";
import { ChartBox } from "../chart-box";
import styles from "../charts.module.css";
import { directionFill, DIRECTION_COLORS } from "../direction-colors";
import { markAriaLabel, MarkTooltip } from "../mark-tooltip";
import { SizedBox } from "../sized-box";
import { ChartPatterns, DirectionPatterns, hatchId } from "../svg-marks";
import { useChartMarks } from "../use-chart-marks";
import { useChartWords } from "../use-chart-words";
import { linkInfo } from "./flow-link-info";

// The flows as labelled bars, when there are too few for a flow diagram (flow-bars.ts says why):
// each flow's whole path above its bar, its value with qualifier and unit at the bar's end.

const CHART = "flow";

function Bars({ data, measure, width }: { data: FlowBars; measure: Measure; width: number }) {
  const layout = layoutFlowBars(data, width);
  const w = useChartWords();
  const { t } = w;
  const infos = data.bars.map((bar) => linkInfo(bar.link, measure, w));
  const { active, markProps } = useChartMarks(CHART, data.bars.length);
  const info = active ? infos[active.index] : undefined;
  return (
    <ChartBox
      id={CHART}
      height={layout.height}
      label={t("aria.flowBars", { count: data.bars.length, reason: data.reason })}
      tooltip={info && active ? <MarkTooltip id={`${CHART}-tooltip`} info={info} anchor={active} /> : null}
    >
      <svg width={width} height={layout.height} viewBox={`0 0 ${width} ${layout.height}`} role="presentation">
        <ChartPatterns chart={CHART} />
        <DirectionPatterns chart={CHART} />
        {layout.rows.map((row) => {
          const bar = data.bars[row.index]!;
          const fill = bar.derived ? `url(#${hatchId(CHART, bar.direction)})` : directionFill(CHART, bar.direction);
          return (
            <g key={bar.key} className={styles.mark} role="img" aria-label={markAriaLabel(infos[row.index]!, t)} data-mark="flow-bar" data-direction={bar.direction} {...markProps(row.index)}>
              <text x={layout.left} y={row.labelY} className={styles.markLabel} style={{ fontSize: FLOW_BARS_FONT.size }} data-label="flow-bar">
                {row.lines.map((line, index) => (
                  <tspan key={index} x={layout.left} dy={index === 0 ? 0 : FLOW_BARS_FONT.line}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect x={layout.left} y={row.barY} width={row.barWidth} height={layout.barHeight} rx={2} style={{ fill, stroke: DIRECTION_COLORS[bar.direction] }} />
              <text x={row.valueX} y={row.barY + layout.barHeight / 2 + 4} className={styles.markValue} data-label="flow-value">
                {bar.valueText}
              </text>
              <rect className={styles.focusRing} x={layout.left - 4} y={row.barY - 4} width={row.barWidth + 8} height={layout.barHeight + 8} />
            </g>
          );
        })}
      </svg>
    </ChartBox>
  );
}

export function FlowBarsChart({ data, measure }: { data: FlowBars; measure: Measure }) {
  return <SizedBox>{(width) => <Bars data={data} measure={measure} width={width} />}</SizedBox>;
}
