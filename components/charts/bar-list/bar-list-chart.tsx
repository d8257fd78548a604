"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { CartesianGrid, ComposedChart, usePlotArea, useXAxisScale, XAxis, YAxis } from "recharts";
import type { BarMark, BarMarks } from "@/lib/charts/bar-list/bar-list";
import { BAR_LIST_LAYOUT as L, barListRows, linearAxis } from "@/lib/charts/layout";
import { extraLines, ROW_LABEL } from "@/lib/charts/row-label";
import type { ScaleKind } from "@/lib/views/overview/param-codes";
import { useFormat } from "@/lib/i18n/use-format";
import { ChartBox } from "../chart-box";
import styles from "../charts.module.css";
import { DIRECTION_COLORS } from "../direction-colors";
import { markAriaLabel, MarkTooltip } from "../mark-tooltip";
import { BarTip, WarningMark } from "../svg-marks";
import { SizedBox } from "../sized-box";
import { useChartMarks, type MarkProps } from "../use-chart-marks";

// A list of horizontal bars in one unit (the goods, people and counterparts charts): one row per bar,
// its label and qualified value above the bar, the bar in its direction's colour, the qualifier
// at the bar's end and a warning marker on values flagged implausible as printed.

function logDomain(data: Pick<BarMarks, "min" | "max">): [number, number] {
  const low = 10 ** Math.floor(Math.log10(Math.max(1, data.min)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(1, data.max)) + 0.15);
  return [low, high];
}

function Bars({ chart, data, scale, markProps }: { chart: string; data: BarMarks; scale: ScaleKind; markProps: MarkProps }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const t = useNumberTexts(useTranslations("charts"));
  if (!xScale || !plot) return null;
  const [low, high] = scale === "log" ? logDomain(data) : [0, linearAxis(data.max).domain];
  const x = (value: number) => xScale(Math.max(low, Math.min(high, value))) ?? plot.x;
  const start = x(low);
  const rows = barListRows(data, plot.width + L.left + L.right);
  return (
    <g data-bar-rows>
      {data.bars.map((bar: BarMark, index) => {
        const top = plot.y + rows.tops[index]!;
        const label = rows.labels[index]!;
        const barTop = top + 18 + extraLines(label);
        const end = x(bar.value);
        const width = Math.max(2, end - start);
        const color = DIRECTION_COLORS[bar.direction];
        const valueText = ` · ${bar.shortText}`;
        return (
          <g key={bar.key} data-bar-row={bar.key} data-direction={bar.direction}>
            <text x={plot.x} y={top + 13} className={styles.markLabel} data-label="bar">
              <title>{`${bar.fullLabel}: ${bar.valueText}`}</title>
              {label.single ? (
                <>
                  {bar.label}
                  <tspan className={styles.markValue}>{valueText}</tspan>
                </>
              ) : (
                label.lines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x={plot.x} dy={lineIndex === 0 ? 0 : ROW_LABEL.line}>
                    {line}
                  </tspan>
                ))
              )}
            </text>
            <g
              className={styles.mark}
              role="img"
              aria-label={markAriaLabel(bar.info, t)}
              data-mark={`${chart}-bar`}
              data-figure-id={bar.figureId ?? undefined}
              data-qualifier={bar.qualifier}
              data-value-text={bar.shortText}
              data-flags={bar.info.flags.map((flag) => flag.code).join(" ")}
              {...markProps(index)}
            >
              <rect
                x={start}
                y={barTop}
                width={width}
                height={L.bar}
                style={{
                  fill: color,
                  fillOpacity: bar.tip === "approx" ? 0.55 : 1,
                  stroke: bar.implausible ? "var(--danger)" : bar.tip === "approx" ? color : "none",
                  strokeWidth: bar.implausible || bar.tip === "approx" ? 1.5 : 0,
                  strokeDasharray: bar.implausible || bar.tip === "approx" ? "4 3" : undefined,
                }}
              />
              <rect className={styles.focusRing} x={start - 2} y={barTop - 2} width={width + 4} height={L.bar + 4} />
            </g>
            <BarTip tip={bar.tip} x={start + width} y={barTop} height={L.bar} sign={1} color={color} />
            {bar.implausible ? <WarningMark x={start + width + (bar.tip === "exact" ? 5 : 18)} y={barTop + 14} anchor="start" /> : null}
          </g>
        );
      })}
    </g>
  );
}

type BarListProps = { chart: string; data: BarMarks; height: number; scale: ScaleKind; label: string };

const MIN_WIDTH = 300;

/** The bar list at its box's width: rows grow where their labels wrap there (layout.ts barListRows). */
export function BarListChart(props: BarListProps) {
  return <SizedBox>{(width) => <BarListDrawing {...props} height={barListRows(props.data, Math.max(width, MIN_WIDTH)).height} />}</SizedBox>;
}

function BarListDrawing({ chart, data, height, scale, label }: BarListProps) {
  const { active, markProps } = useChartMarks(chart, data.bars.length);
  const fmt = useFormat();
  const activeBar = active ? data.bars[active.index] : undefined;
  const linear = linearAxis(data.max);
  const domain: [number, number] = scale === "log" ? logDomain(data) : [0, linear.domain];
  const ticks: number[] = [];
  if (scale === "log") for (let tick = domain[0]; tick <= domain[1]; tick *= 10) ticks.push(tick);
  else ticks.push(...linear.ticks);
  return (
    <ChartBox
      id={chart}
      height={height}
      minWidth={MIN_WIDTH}
      label={label}
      tooltip={activeBar && active ? <MarkTooltip id={`${chart}-tooltip`} info={activeBar.info} anchor={active} /> : null}
    >
      <ComposedChart responsive className={styles.fill} margin={{ top: L.top, right: L.right, bottom: L.bottom, left: L.left }} accessibilityLayer={false} data={[{ v: domain[0] }, { v: domain[1] }]}>
        <XAxis
          type="number"
          dataKey="v"
          scale={scale === "log" ? "log" : "linear"}
          domain={domain}
          allowDataOverflow
          ticks={ticks}
          height={L.axis}
          tickFormatter={(value: number) => fmt.formatTick(value)}
          tick={{ fontSize: 11, fill: "var(--fg-muted)" }}
          stroke="var(--border)"
        />
        <YAxis type="number" hide domain={[0, 1]} />
        <CartesianGrid horizontal={false} stroke="var(--border)" strokeDasharray="2 4" />
        <Bars chart={chart} data={data} scale={scale} markProps={markProps} />
      </ComposedChart>
    </ChartBox>
  );
}
