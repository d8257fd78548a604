"use client";

import { CartesianGrid, ComposedChart, ReferenceLine, usePlotArea, useXAxisScale, XAxis, YAxis } from "recharts";
import type { LedgerData, LedgerRow, LedgerSegment } from "@/lib/charts/ledger/ledger";
import { LEDGER_LAYOUT as L, ledgerSlots, symmetricAxis } from "@/lib/charts/layout";
import { measureLabel } from "@/lib/charts/measure";
import { formatTick } from "@/lib/format";
import { ChartBox } from "../chart-box";
import styles from "../charts.module.css";
import { markAriaLabel, MarkTooltip } from "../mark-tooltip";
import { BarTip, ChartPatterns, COLORS, fitText, hatchId, WarningMark } from "../svg-marks";
import { useChartMarks } from "../use-chart-marks";

// The two-way ledger, drawn: one row per figure under its category, bars growing left for what side
// A sent and right for what side B sent, components stacked inside their total. Recharts supplies
// the responsive surface, the value axis and the grid; the rows are drawn from the axis scale.

const CHART = "ledger";
const COMPONENT_OPACITY = [1, 0.7, 0.5, 0.85, 0.6, 0.4];

interface Mark {
  row: LedgerRow;
  segment: LedgerSegment;
  index: number;
}

type MarkProps = ReturnType<typeof useChartMarks>["markProps"];

function segmentStyle(row: LedgerRow, segment: LedgerSegment, order: number) {
  const color = COLORS[row.direction];
  if (segment.role === "remainder") {
    return { fill: "var(--bg-muted)", stroke: color, strokeWidth: 1.5, strokeDasharray: "4 3" };
  }
  if (segment.derived) return { fill: `url(#${hatchId(CHART, row.direction)})`, stroke: color, strokeWidth: 1.5, strokeDasharray: "5 3" };
  return { fill: color, fillOpacity: COMPONENT_OPACITY[order % COMPONENT_OPACITY.length], stroke: "var(--bg)", strokeWidth: 1 };
}

function LedgerRows({ data, marks, markProps }: { data: LedgerData; marks: Mark[]; markProps: MarkProps }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot) return null;
  const { domain } = symmetricAxis(data.maxExtent);
  const x = (value: number) => xScale(Math.max(-domain, Math.min(domain, value))) ?? plot.x;
  const x0 = x(0);
  const { slots } = ledgerSlots(data);
  const rows = new Map(data.groups.flatMap((group) => group.rows).map((row) => [row.key, row]));
  const groups = new Map(data.groups.map((group) => [group.category, group]));
  const marksByRow = new Map<string, Mark[]>();
  for (const mark of marks) marksByRow.set(mark.row.key, [...(marksByRow.get(mark.row.key) ?? []), mark]);

  return (
    <g data-ledger-rows>
      <text x={x0 - 6} y={plot.y - 14} textAnchor="end" className={styles.axisCaption} style={{ fill: COLORS.a_to_b }}>
        ◀ {data.sides.a.code} → {data.sides.b.code}
      </text>
      <text x={x0 + 6} y={plot.y - 14} textAnchor="start" className={styles.axisCaption} style={{ fill: COLORS.b_to_a }}>
        {data.sides.b.code} → {data.sides.a.code} ▶
      </text>
      {slots.map((slot) => {
        const top = plot.y + slot.y;
        if (slot.kind === "header") {
          const group = groups.get(slot.key)!;
          return (
            <g key={`header-${slot.key}`} data-ledger-group={slot.key}>
              <line x1={plot.x} x2={plot.x + plot.width} y1={top + 2} y2={top + 2} style={{ stroke: "var(--border)" }} />
              <text x={plot.x} y={top + 18} className={styles.groupLabel}>
                {fitText(group.label, plot.width)}
              </text>
            </g>
          );
        }
        const row = rows.get(slot.key)!;
        const sign = row.direction === "a_to_b" ? -1 : 1;
        const barTop = top + 18;
        // On a narrow chart a label gets the full width (from the left edge); on a wide one it sits
        // on its bar's side of the centre line.
        const narrow = plot.width < 600;
        const room = narrow ? plot.width - 4 : sign === -1 ? x0 - plot.x - 6 : plot.x + plot.width - x0 - 6;
        const labelX = narrow ? plot.x : x0 + sign * 6;
        const anchor = narrow || sign === 1 ? "start" : "end";
        const valueText = ` · ${row.shortText}`;
        const labelText = fitText(row.label, room - valueText.length * 6.4);
        let cumulative = 0;
        const end = x(sign * row.extent);
        return (
          <g key={row.key} data-ledger-row={row.key} data-direction={row.direction} data-kind={row.kind} data-qualifier={row.qualifier}>
            <text x={labelX} y={top + 13} textAnchor={anchor} className={styles.markLabel}>
              <title>{`${row.label}: ${row.valueText}`}</title>
              {labelText}
              <tspan className={styles.markValue}>{labelText ? valueText : row.shortText}</tspan>
            </text>
            {(marksByRow.get(row.key) ?? []).map((mark, order) => {
              const from = x(sign * cumulative);
              cumulative += mark.segment.value;
              const to = x(sign * cumulative);
              const left = Math.min(from, to);
              const width = Math.max(1.5, Math.abs(to - from));
              return (
                <g
                  key={mark.segment.key}
                  className={styles.mark}
                  role="img"
                  aria-label={markAriaLabel(mark.segment.info)}
                  data-mark="ledger-segment"
                  data-row={row.key}
                  data-role={mark.segment.role}
                  data-figure-id={mark.segment.figureId ?? undefined}
                  data-derived={mark.segment.derived ? "true" : "false"}
                  data-flags={mark.segment.info.flags.map((flag) => flag.code).join(" ")}
                  {...markProps(mark.index)}
                >
                  <rect x={left} y={barTop} width={width} height={L.bar} style={segmentStyle(row, mark.segment, order)} />
                  {mark.segment.implausible ? (
                    width >= 16 ? (
                      <WarningMark x={left + width / 2} y={barTop + 14} anchor="middle" />
                    ) : null
                  ) : null}
                  <rect className={styles.focusRing} x={left - 2} y={barTop - 2} width={width + 4} height={L.bar + 4} />
                </g>
              );
            })}
            <BarTip tip={row.tip} x={end} y={barTop} height={L.bar} sign={sign} color={COLORS[row.direction]} />
            {row.implausible && row.segments.some((segment) => segment.implausible) ? (
              <WarningMark x={end + sign * (row.tip === "exact" ? 4 : 16)} y={barTop + 14} anchor={sign === 1 ? "start" : "end"} />
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

export function LedgerChart({ data, height }: { data: LedgerData; height: number }) {
  const marks: Mark[] = [];
  for (const group of data.groups) for (const row of group.rows) for (const segment of row.segments) marks.push({ row, segment, index: marks.length });
  const { active, markProps } = useChartMarks(CHART, marks.length);
  const { domain, ticks } = symmetricAxis(data.maxExtent);
  const activeMark = active ? marks[active.index] : undefined;
  return (
    <ChartBox
      id={CHART}
      height={height}
      minWidth={320}
      label={`Two-way ledger in ${measureLabel(data.measure)}: ${data.rowCount} bars. Use the arrow keys to move between bars; the table view lists the same figures.`}
      tooltip={activeMark && active ? <MarkTooltip id={`${CHART}-tooltip`} info={activeMark.segment.info} anchor={active} /> : null}
    >
      <ComposedChart
        responsive
        style={{ width: "100%", height: "100%" }}
        margin={{ top: L.top, right: 14, bottom: L.bottom, left: 14 }}
        accessibilityLayer={false}
        data={[{ v: -domain }, { v: domain }]}
      >
        <ChartPatterns chart={CHART} />
        <XAxis
          type="number"
          dataKey="v"
          domain={[-domain, domain]}
          allowDataOverflow
          ticks={ticks}
          height={L.axis}
          tickFormatter={(value: number) => formatTick(Math.abs(value))}
          tick={{ fontSize: 11, fill: "var(--fg-muted)" }}
          stroke="var(--border)"
        />
        <YAxis type="number" hide domain={[0, 1]} />
        <CartesianGrid horizontal={false} stroke="var(--border)" strokeDasharray="2 4" />
        <ReferenceLine x={0} stroke="var(--fg-muted)" />
        <LedgerRows data={data} marks={marks} markProps={markProps} />
      </ComposedChart>
    </ChartBox>
  );
}
